import Link from "next/link";
import { getT } from "@/lib/i18n/server";

export default async function TrackingNotFound() {
  const { t } = await getT();
  return (
    <main className="mx-auto max-w-md px-4 py-10">
      <h1 className="text-2xl font-bold">{t("tracking.badTitle")}</h1>
      <p className="mt-3 text-slate-700">{t("tracking.badBody")}</p>
      <p className="mt-3">
        <Link className="text-brand underline" href="/sign-in">
          {t("common.signIn")}
        </Link>{" "}
        {t("tracking.signInIfAccount")}
      </p>
    </main>
  );
}
