// A job link we do not know (mistyped, cut short by the phone): 404, and what to do.
import { getT } from "@/lib/i18n/server";

export default async function JobLinkNotFound() {
  const { t } = await getT();
  return (
    <main className="mx-auto max-w-xl px-4 py-8">
      <h1 className="text-2xl font-bold">{t("jobView.missingTitle")}</h1>
      <p className="mt-3 text-slate-700">{t("jobView.missingBody")}</p>
    </main>
  );
}
