// The local mailbox: emails and texts no provider sent. Open to anyone in demo mode; otherwise
// only to admins, each reading their own organisation's, sign-in links hidden
// (lib/notifications/local-messages.ts decides; the check here only picks the 404 page).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Header } from "@/components/ui/header";
import { currentActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { demoAllowed } from "@/lib/demo";
import { localMessages } from "@/lib/notifications/local-messages";

export const metadata: Metadata = { title: "Local outbox" };

function Linkified({ text }: { text: string }) {
  return (
    <>
      {text.split(/(https?:\/\/\S+)/g).map((part, i) =>
        /^https?:\/\//.test(part) ? (
          <a key={i} href={part} className="break-all text-brand underline">
            {part}
          </a>
        ) : (
          <span key={i}>{part}</span>
        ),
      )}
    </>
  );
}

export default async function Outbox({ searchParams }: { searchParams: Promise<{ to?: string | string[] }> }) {
  const actor = await currentActor();
  const demo = demoAllowed();
  if (!demo && !can(actor, "outbox:read")) notFound();
  const raw = (await searchParams).to;
  const to = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 200) || undefined;
  const messages = await localMessages({ actor, demo, to });
  return (
    <>
      <Header home="/" name={actor?.name} />
      <main className="mx-auto max-w-3xl px-4 py-8">
        <h1 className="text-2xl font-bold">Local outbox</h1>
        <p className="mt-1 text-slate-600">
          Emails and texts kept here because no email or SMS provider is configured.
          {!demo && " Sign-in links are not shown here."}
        </p>
        <form method="get" className="mt-4 flex flex-wrap items-end gap-2">
          <label className="flex flex-col text-sm font-medium">
            Messages to (email address or phone number)
            <input
              name="to"
              type="search"
              defaultValue={to}
              className="mt-1 rounded-md border border-slate-300 px-3 py-2 font-normal"
            />
          </label>
          <button className="rounded-md bg-brand px-4 py-2 font-medium text-white">Show</button>
          {to && (
            <a href="/outbox" className="py-2 text-sm text-brand underline">
              Show all
            </a>
          )}
        </form>
        <ol className="mt-6 space-y-4">
          {messages.map((m) => (
            <li key={m.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <p className="text-sm text-slate-500">
                {m.channel} to <span className="font-medium text-slate-800">{m.recipient}</span> ·{" "}
                <time dateTime={m.createdAt.toISOString()}>
                  {m.createdAt.toISOString().replace("T", " ").slice(0, 16)} UTC
                </time>
              </p>
              {m.subject && <h2 className="mt-1 font-semibold">{m.subject}</h2>}
              <p className="mt-2 whitespace-pre-wrap text-sm">
                <Linkified text={m.text} />
              </p>
            </li>
          ))}
          {messages.length === 0 && (
            <li className="text-slate-600">{to ? `Nothing sent to ${to} yet.` : "Nothing sent yet."}</li>
          )}
        </ol>
      </main>
    </>
  );
}
