// The conversation (tenant, office, vendor or technician) and internal notes (marked), for staff only.
type Message = { id: string; authorLabel: string; body: string; internal: boolean; createdAt: Date };

export function StaffMessages({ messages, fmt }: { messages: Message[]; fmt: (d: Date) => string }) {
  return (
    <section aria-labelledby="messages-heading">
      <h2 id="messages-heading" className="text-lg font-semibold">
        Messages and notes
      </h2>
      {messages.length === 0 && <p className="mt-2 text-sm text-slate-600">No messages yet.</p>}
      <ul className="mt-2 space-y-2">
        {messages.map((m) => (
          <li
            key={m.id}
            className={`rounded-md border p-3 text-sm ${m.internal ? "border-amber-300 bg-amber-50" : "border-slate-200 bg-white"}`}
          >
            <p className="whitespace-pre-wrap break-words">
              {m.internal && <strong>Internal note: </strong>}
              {m.body}
            </p>
            <p className="mt-1 text-xs text-slate-600">
              {m.authorLabel} · {fmt(m.createdAt)}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
