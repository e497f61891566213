import type { Metadata } from "next";
import { SignInForm } from "@/components/auth/sign-in-form";
import { demoUsers } from "@/lib/auth/demo-users";
import { demoAllowed } from "@/lib/demo";
import { getT } from "@/lib/i18n/server";
import { demoSignInAction } from "@/lib/actions/sign-in";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT()).t("common.signIn") };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; error?: string }>;
}) {
  const { callbackUrl, error } = await searchParams;
  const demo = demoAllowed();
  const { t } = await getT();
  const users = demo ? await demoUsers() : [];
  return (
    <main className="mx-auto max-w-md px-4 py-10">
      <h1 className="text-2xl font-bold">{t("signIn.title")}</h1>
      <p className="mt-2 text-slate-600">{t("signIn.lead")}</p>
      {error && (
        <p role="alert" className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          {t("signIn.expired")}
        </p>
      )}
      <SignInForm callbackUrl={callbackUrl} />
      {demo && (
        <section aria-labelledby="demo-heading" className="mt-10 rounded-lg border border-amber-300 bg-amber-50 p-4">
          <h2 id="demo-heading" className="font-semibold">
            {t("signIn.demoTitle")}
          </h2>
          <p className="mt-1 text-sm text-amber-900">{t("signIn.demoWarning")}</p>
          <ul className="mt-3 space-y-2">
            {users.map((u) => (
              <li key={u.id}>
                <form action={demoSignInAction}>
                  <input type="hidden" name="userId" value={u.id} />
                  <button className="w-full rounded-md border border-amber-400 bg-white px-3 py-3 text-left hover:bg-amber-100">
                    <span className="block font-semibold">{t("signIn.demoAs", { name: u.name })}</span>
                    <span className="block text-sm text-slate-600">
                      {t(`role.${u.role}`)}
                      {u.tenantProfile ? ` · ${u.tenantProfile.unit.property.name} ${u.tenantProfile.unit.label}` : ""}
                    </span>
                    <span className="block text-sm text-slate-700">{t(`signIn.demoTry.${u.role}`)}</span>
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
