// The conversation (tenant, office, vendor or technician) and internal notes (marked), for staff only.
import { getT } from "@/lib/i18n/server";

type Message = { id: string; authorLabel: string; body: string; internal: boolean; createdAt: Date };

export async function StaffMessages({ messages, fmt }: { messages: Message[]; fmt: (d: Date) => string }) {
  const { t } = await getT();
  return (
    <section aria-labelledby="messages-heading">
      <h2 id="messages-heading" className="text-lg font-semibold">
        {t("staffWo.messages")}
      </h2>
      {messages.length === 0 && <p className="mt-2 text-sm text-slate-600">{t("staffWo.noMessages")}</p>}
      <ul className="mt-2 space-y-2">
        {messages.map((m) => (
          <li
            key={m.id}
            className={`rounded-md border p-3 text-sm ${m.internal ? "border-amber-300 bg-amber-50" : "border-slate-200 bg-white"}`}
          >
            <p className="whitespace-pre-wrap break-words">
              {m.internal && <strong>{t("staffWo.internalNote")} </strong>}
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
