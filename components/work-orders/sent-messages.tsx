// What was sent to whom about this work order: from the outbox, without bodies or secrets.
import { getT } from "@/lib/i18n/server";

type Row = {
  id: string;
  channel: string;
  recipient: string;
  template: string;
  subject: string | null;
  status: string;
  sentAt: Date | null;
  createdAt: Date;
};

export async function SentMessages({ rows, fmt }: { rows: Row[]; fmt: (d: Date) => string }) {
  const { t } = await getT();
  return (
    <section aria-labelledby="sent-heading" className="mt-8">
      <h2 id="sent-heading" className="text-lg font-semibold">
        {t("staffWo.sent")}
      </h2>
      {rows.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{t("staffWo.nothingSent")}</p>
      ) : (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full min-w-[36rem] text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th className="py-1 pr-2">{t("staffWo.sent.channel")}</th>
                <th className="pr-2">{t("staffWo.sent.to")}</th>
                <th className="pr-2">{t("staffWo.sent.message")}</th>
                <th className="pr-2">{t("staffWo.sent.status")}</th>
                <th>{t("staffWo.sent.sent")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-b border-slate-100 align-top">
                  <td className="py-1 pr-2">{t(r.channel === "SMS" ? "staffWo.sent.text" : "staffWo.sent.email")}</td>
                  <td className="break-all pr-2">{r.recipient}</td>
                  <td className="pr-2">
                    {r.subject ?? r.template}
                    <span className="block text-xs text-slate-500">{r.template}</span>
                  </td>
                  <td className="pr-2">{t(`staffWo.sent.${r.status as "PENDING" | "SENDING" | "SENT" | "FAILED"}`)}</td>
                  <td>{r.sentAt ? fmt(r.sentAt) : t("staffWo.sent.queued", { at: fmt(r.createdAt) })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
