import Link from "next/link";
import { button, buttonSecondary } from "@/components/ui/styles";
import { currentActor, homeFor } from "@/lib/auth/session";
import { demoAllowed } from "@/lib/demo";
import { getT } from "@/lib/i18n/server";

export default async function Home() {
  const actor = await currentActor();
  const { t } = await getT();
  return (
    <main className="mx-auto max-w-2xl px-4 py-12">
      <p className="text-lg font-bold text-brand">Fixwell</p>
      <h1 className="mt-4 text-3xl font-bold leading-tight">{t("home.title")}</h1>
      <p className="mt-4 text-lg text-slate-700">{t("home.lead")}</p>
      <div className="mt-8 flex flex-wrap gap-3">
        {actor ? (
          <Link href={homeFor(actor.role)} className={button}>
            {t("home.continueAs", { name: actor.name })}
          </Link>
        ) : (
          <Link href="/sign-in" className={button}>
            {t("common.signIn")}
          </Link>
        )}
        {demoAllowed() && (
          <Link href="/outbox" className={buttonSecondary}>
            {t("home.demoOutbox")}
          </Link>
        )}
      </div>
    </main>
  );
}
