import Link from "next/link";
import { button, buttonSecondary } from "@/components/ui/styles";
import { currentActor, homeFor } from "@/lib/auth/session";
import { demoAllowed } from "@/lib/demo";

export default async function Home() {
  const actor = await currentActor();
  return (
    <main className="mx-auto max-w-2xl px-4 py-12">
      <p className="text-lg font-bold text-brand">Fixwell</p>
      <h1 className="mt-4 text-3xl font-bold leading-tight">Report a maintenance problem in a minute. Follow it to the fix.</h1>
      <p className="mt-4 text-lg text-slate-700">
        Tenants report from a phone and see every step. Property managers triage, assign and schedule from one queue.
        Nobody has to call to ask what is happening.
      </p>
      <div className="mt-8 flex flex-wrap gap-3">
        {actor ? (
          <Link href={homeFor(actor.role)} className={button}>Continue as {actor.name}</Link>
        ) : (
          <Link href="/sign-in" className={button}>Sign in</Link>
        )}
        {demoAllowed() && <Link href="/outbox" className={buttonSecondary}>Demo: local outbox</Link>}
      </div>
    </main>
  );
}
