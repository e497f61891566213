import Link from "next/link";
import { demoAllowed } from "@/lib/demo";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata() {
  return { title: (await getT()).t("signIn.checkTitle") };
}

export default async function CheckEmail({ searchParams }: { searchParams: Promise<{ email?: string }> }) {
  const { email } = await searchParams;
  const { t } = await getT();
  const [before, after] = t("signIn.checkBody").split("{email}");
  return (
    <main className="mx-auto max-w-md px-4 py-10">
      <h1 className="text-2xl font-bold">{t("signIn.checkTitle")}</h1>
      <p className="mt-3 text-slate-700">
        {before}
        {email ? <strong>{email}</strong> : t("signIn.thatAddress")}
        {after}
      </p>
      <p className="mt-3 text-slate-700">
        {t("signIn.checkSpam")}{" "}
        <Link className="text-brand underline" href="/sign-in">
          {t("signIn.askNew")}
        </Link>
        .
      </p>
      {demoAllowed() && (
        <p className="mt-6 text-sm">
          <Link className="text-brand underline" href="/outbox">
            {t("signIn.demoMailbox")}
          </Link>
        </p>
      )}
    </main>
  );
}
