// The emailed link lands here. Opening it (as mail scanners do) spends nothing; the button
// continues to Auth.js's callback, which spends the token.
import type { Metadata } from "next";
import { getT } from "@/lib/i18n/server";
import { button } from "@/components/ui/styles";

export const metadata: Metadata = { title: "Confirm sign-in", referrer: "no-referrer" };

export default async function Confirm({
  searchParams,
}: {
  searchParams: Promise<{ token?: string; email?: string; callbackUrl?: string }>;
}) {
  const { token, email, callbackUrl } = await searchParams;
  const { t } = await getT();
  if (!token || !email) {
    return (
      <main className="mx-auto max-w-md px-4 py-10">
        <h1 className="text-2xl font-bold">{t("signIn.incomplete")}</h1>
        <p className="mt-3">
          <a className="text-brand underline" href="/sign-in">
            {t("signIn.askNewLink")}
          </a>
          .
        </p>
      </main>
    );
  }
  return (
    <main className="mx-auto max-w-md px-4 py-10">
      <h1 className="text-2xl font-bold">{t("signIn.title")}</h1>
      <p className="mt-3 text-slate-700">{t("signIn.signingInAs", { email })}</p>
      <form method="GET" action="/api/auth/callback/email" className="mt-6">
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="email" value={email} />
        <input
          type="hidden"
          name="callbackUrl"
          value={
            callbackUrl && callbackUrl.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/after-sign-in"
          }
        />
        <button className={`${button} w-full`}>{t("signIn.continue")}</button>
      </form>
    </main>
  );
}
