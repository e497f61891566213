import Link from "next/link";
import { signOutAction } from "@/app/(public)/sign-in/actions";

export function Header({ name, home, links = [] }: { name?: string; home: string; links?: { href: string; label: string }[] }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href={home} className="text-lg font-bold text-brand">Fixwell</Link>
        <nav aria-label="Main" className="flex flex-1 flex-wrap gap-3 text-sm">
          {links.map((l) => (
            <Link key={l.href} href={l.href} className="rounded px-2 py-1 text-slate-700 hover:bg-slate-100">{l.label}</Link>
          ))}
        </nav>
        {name && (
          <form action={signOutAction} className="flex items-center gap-2 text-sm">
            <span className="text-slate-600">{name}</span>
            <button className="rounded border border-slate-300 px-3 py-1.5 hover:bg-slate-100">Sign out</button>
          </form>
        )}
      </div>
    </header>
  );
}
