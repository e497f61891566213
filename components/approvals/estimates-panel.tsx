// The work order page's estimates: side by side with their status and who approves each, the
// manager's approve/decline where the rules leave it to them, and the form to add one.
import { AddEstimateForm, ChangeEstimateForm, DecideEstimateForm } from "@/components/approvals/estimate-forms";
import { CostVarianceNote } from "@/components/approvals/cost-variance-note";
import type { Variance } from "@/lib/approvals/cost-variance";
import { getT } from "@/lib/i18n/server";
import { formatCents } from "@/lib/money";
import { approvalRule, type ApprovalInput } from "@/lib/work-orders/approval-rules";
import { approvalCommentMsg } from "@/lib/approvals/system-notes";

type Estimate = {
  id: string;
  amountCents: number;
  description: string;
  status: string;
  vendor: { company: string } | null;
  approvals: { decision: string; deemed: boolean; comment: string | null }[];
};

export async function EstimatesPanel({
  trackingNumber,
  estimates,
  rules,
  canAdd,
  canApprove,
  open,
  variance = null,
}: {
  trackingNumber: number;
  estimates: Estimate[];
  rules: Omit<ApprovalInput, "amountCents">;
  canAdd: boolean;
  canApprove: boolean;
  open: boolean;
  variance?: Variance | null;
}) {
  const { t, locale } = await getT();
  const dollars = (cents: number) => formatCents(cents, locale);
  const statusWord = (s: string) =>
    ["PENDING", "APPROVED", "DECLINED", "SUPERSEDED"].includes(s)
      ? t(`estimates.status.${s as "PENDING" | "APPROVED" | "DECLINED" | "SUPERSEDED"}`)
      : s.toLowerCase();
  return (
    <section aria-labelledby="estimates-heading" className="space-y-3">
      <h2 id="estimates-heading" className="text-lg font-semibold">
        {t("estimates.title")}
      </h2>
      <CostVarianceNote variance={variance} />
      {estimates.length === 0 && <p className="text-sm text-slate-600">{t("estimates.none")}</p>}
      <ul className="space-y-2">
        {estimates.map((e) => {
          const rule = approvalRule({ ...rules, amountCents: e.amountCents });
          return (
            <li key={e.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
              <p>
                <strong className="text-base">{dollars(e.amountCents)}</strong> · {statusWord(e.status)}
                {e.vendor ? ` · ${e.vendor.company}` : ""}
              </p>
              <p>{e.description}</p>
              {e.status === "PENDING" && (
                <p className="text-slate-600">
                  {t(
                    rule.approver === "OWNER"
                      ? "estimates.waitingOwner"
                      : rule.notifyOwner
                        ? "estimates.yoursOwnerTold"
                        : "estimates.yours",
                  )}
                </p>
              )}
              {e.approvals.map((a, i) => (
                <p key={i} className="text-slate-600">
                  {a.deemed ? t("estimates.deemed") : statusWord(a.decision)}
                  {a.comment ? `: "${t(approvalCommentMsg(a.comment, a.deemed))}"` : ""}
                </p>
              ))}
              {canApprove && e.status === "PENDING" && rule.approver === "MANAGER" && (
                <DecideEstimateForm estimateId={e.id} trackingNumber={trackingNumber} amount={dollars(e.amountCents)} />
              )}
              {canAdd && e.status === "PENDING" && (
                <ChangeEstimateForm estimateId={e.id} trackingNumber={trackingNumber} />
              )}
            </li>
          );
        })}
      </ul>
      {canAdd && open && <AddEstimateForm trackingNumber={trackingNumber} />}
    </section>
  );
}
