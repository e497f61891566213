import Link from "next/link";
import { demoAllowed } from "@/lib/demo";

export const metadata = { title: "Check your email" };

export default async function CheckEmail({ searchParams }: { searchParams: Promise<{ email?: string }> }) {
  const { email } = await searchParams;
  return (
    <main className="mx-auto max-w-md px-4 py-10">
      <h1 className="text-2xl font-bold">Check your email</h1>
      <p className="mt-3 text-slate-700">
        If {email ? <strong>{email}</strong> : "that address"} has a Fixwell account, a sign-in link is on its way. It works
        once, for 10 minutes.
      </p>
      <p className="mt-3 text-slate-700">Nothing after a few minutes? Check spam, or <Link className="text-brand underline" href="/sign-in">ask for a new link</Link>.</p>
      {demoAllowed() && <p className="mt-6 text-sm"><Link className="text-brand underline" href="/outbox">Demo: open the local mailbox</Link></p>}
    </main>
  );
}
