"use client";
// Ranked vendors and technicians for this work order, each with its reasons and a one-click
// assign. A blocked vendor is refused by the server with the warning; then a manager allowed to
// override sees the override box and says why.
import { useI18n } from "@/components/i18n/provider";
import { changeStatusAction } from "@/lib/actions/work-order-status";
import type { Suggestion } from "@/lib/work-orders/rank-vendors";
import { Field, StaffForm } from "./staff-form";

type Props = {
  trackingNumber: number;
  version: number;
  suggestions: Suggestion[];
  needsReason: boolean;
  canOverride: boolean;
};

export function AssignSuggestions({ trackingNumber, version, suggestions, needsReason, canOverride }: Props) {
  const { t } = useI18n();
  return (
    <details open={!needsReason} className="rounded-lg border border-slate-200 bg-white p-4">
      <summary className="cursor-pointer font-semibold">
        {t(needsReason ? "staffWo.suggestedReassign" : "staffWo.suggested")}
      </summary>
      <ol className="mt-2 divide-y divide-slate-100">
        {suggestions.map((s) => {
          const key = `${s.kind}-${s.id}`;
          return (
            <li key={key} className="py-3" aria-label={s.name}>
              <StaffForm
                action={changeStatusAction}
                trackingNumber={trackingNumber}
                version={version}
                hidden={{ to: "ASSIGNED", assignee: `${s.kind}:${s.id}` }}
                submit={t("staffWo.assignName", { name: s.name })}
                secondary={!s.top}
                className="space-y-2"
              >
                {(e) => (
                  <>
                    <div className="flex flex-wrap items-center gap-2">
                      <span className="font-semibold">{s.name}</span>
                      {s.top && (
                        <span className="rounded bg-green-100 px-2 py-0.5 text-xs font-semibold text-green-900">
                          {t("staffWo.top")}
                        </span>
                      )}
                      {s.blocked && (
                        <span className="rounded bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-900">
                          {t("staffWo.blocked")}
                        </span>
                      )}
                      {s.full && !s.blocked && (
                        <span className="rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">
                          {t("staffWo.full")}
                        </span>
                      )}
                    </div>
                    <ul className="text-sm text-slate-700">
                      {s.reasons.map((r, i) => (
                        <li key={i} className={i < (s.blocked?.length ?? 0) ? "font-medium text-red-800" : undefined}>
                          {t(r)}
                        </li>
                      ))}
                    </ul>
                    {needsReason && (
                      <Field
                        id={`reason-${key}`}
                        name="reason"
                        text={t("staffWo.assignReason", { name: s.name })}
                        errors={e.reason}
                      />
                    )}
                    {canOverride && (e.override || e.overrideReason) && (
                      <fieldset className="space-y-2 rounded-md border border-red-300 bg-red-50 p-3">
                        <legend className="px-1 text-sm font-semibold text-red-900">{t("staffWo.override")}</legend>
                        <label className="flex items-center gap-2 text-sm">
                          <input
                            type="checkbox"
                            name="override"
                            defaultChecked={!!e.overrideReason}
                            className="h-5 w-5"
                          />{" "}
                          {t("staffWo.overrideAnyway", { name: s.name })}
                        </label>
                        <Field
                          id={`override-${key}`}
                          name="overrideReason"
                          text="staffWo.overrideReason"
                          errors={e.overrideReason}
                        />
                      </fieldset>
                    )}
                  </>
                )}
              </StaffForm>
            </li>
          );
        })}
      </ol>
    </details>
  );
}
