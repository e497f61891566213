import Link from "next/link";
import { signOutAction } from "@/lib/actions/sign-in";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { getT } from "@/lib/i18n/server";

export async function Header({
  name,
  home,
  links = [],
}: {
  name?: string;
  home: string;
  links?: { href: string; label: string }[];
}) {
  const { t } = await getT();
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href={home} className="text-lg font-bold text-brand">
          Fixwell
        </Link>
        <nav
          aria-label={t("nav.main")}
          className="order-3 flex w-full flex-wrap gap-2 text-sm sm:order-none sm:w-auto sm:flex-1"
        >
          {links.map((l) => (
            <Link
              key={l.href}
              href={l.href}
              className="whitespace-nowrap rounded px-2 py-1 text-slate-700 hover:bg-slate-100"
            >
              {t(l.label)}
            </Link>
          ))}
        </nav>
        <div className="ml-auto flex items-center gap-2 sm:ml-0">
          <LanguageSwitch />
          {name && (
            <form action={signOutAction} className="flex items-center gap-2 text-sm">
              <span className="hidden text-slate-600 sm:inline">{name}</span>
              <button className="min-h-9 rounded border border-slate-300 px-3 py-1.5 hover:bg-slate-100">
                {t("common.signOut")}
              </button>
            </form>
          )}
        </div>
      </div>
    </header>
  );
}
