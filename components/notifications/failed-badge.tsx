// On a queue row or card: some of this work order's messages failed every try (the work order page says which, and retries).
import { getT } from "@/lib/i18n/server";

export async function FailedBadge({ count }: { count: number }) {
  if (!count) return null;
  const { t } = await getT();
  return (
    <span className="mt-1 block w-fit rounded bg-red-100 px-1.5 py-0.5 text-xs font-semibold text-red-900">
      {t("queue.failedMessages", { n: count })}
    </span>
  );
}
