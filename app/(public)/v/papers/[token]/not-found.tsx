// An upload link we do not know (mistyped, cut short by the mail app): 404, and what to do.
import { getT } from "@/lib/i18n/server";

export default async function PapersLinkNotFound() {
  const { t } = await getT();
  return (
    <main className="mx-auto max-w-xl px-4 py-8">
      <h1 className="text-2xl font-bold">{t("papersPage.missingTitle")}</h1>
      <p className="mt-3 text-slate-700">{t("papersPage.missingBody")}</p>
    </main>
  );
}
