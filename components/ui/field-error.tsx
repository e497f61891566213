"use client";
// Errors and form messages arrive as message keys (or plain text) and are shown in the reader's language.
import { useI18n } from "@/components/i18n/provider";
import type { Msg } from "@/lib/i18n/translate";

export function FieldError({ id, errors }: { id: string; errors?: (Msg | string)[] }) {
  const { t } = useI18n();
  if (!errors?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm font-medium text-red-700">
      {errors.map((e) => t(e)).join(" ")}
    </p>
  );
}

export function FormMessage({ message, ok }: { message?: Msg | string; ok?: boolean }) {
  const { t } = useI18n();
  if (!message) return null;
  return (
    <p
      role={ok ? "status" : "alert"}
      className={`rounded-md border p-3 text-sm ${ok ? "border-green-300 bg-green-50 text-green-900" : "border-red-300 bg-red-50 text-red-900"}`}
    >
      {t(message)}
    </p>
  );
}
