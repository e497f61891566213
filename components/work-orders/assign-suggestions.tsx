"use client";
// Ranked vendors and technicians for this work order, each with its reasons and a one-click
// assign. A blocked vendor is refused by the server with the warning; then a manager allowed to
// override sees the override box and says why.
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
  return (
    <details open={!needsReason} className="rounded-lg border border-slate-200 bg-white p-4">
      <summary className="cursor-pointer font-semibold">
        {needsReason ? "Suggested vendors and technicians (to reassign)" : "Suggested for this job"}
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
                submit={`Assign ${s.name}`}
                secondary={!s.top}
                className="space-y-2"
              >
                {(e) => (
                  <>
                    <div className="flex flex-wrap items-center gap-2">
                      <span className="font-semibold">{s.name}</span>
                      {s.top && (
                        <span className="rounded bg-green-100 px-2 py-0.5 text-xs font-semibold text-green-900">
                          Top suggestion
                        </span>
                      )}
                      {s.blocked && (
                        <span className="rounded bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-900">
                          Blocked
                        </span>
                      )}
                      {s.full && !s.blocked && (
                        <span className="rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">
                          Fully booked
                        </span>
                      )}
                    </div>
                    <ul className="text-sm text-slate-700">
                      {s.reasons.map((r) => (
                        <li key={r} className={r === s.blocked ? "font-medium text-red-800" : undefined}>
                          {r}
                        </li>
                      ))}
                    </ul>
                    {needsReason && (
                      <Field
                        id={`reason-${key}`}
                        name="reason"
                        text={`Reason for assigning ${s.name}`}
                        errors={e.reason}
                      />
                    )}
                    {canOverride && (e.override || e.overrideReason) && (
                      <fieldset className="space-y-2 rounded-md border border-red-300 bg-red-50 p-3">
                        <legend className="px-1 text-sm font-semibold text-red-900">
                          Override the compliance block
                        </legend>
                        <label className="flex items-center gap-2 text-sm">
                          <input
                            type="checkbox"
                            name="override"
                            defaultChecked={!!e.overrideReason}
                            className="h-5 w-5"
                          />{" "}
                          Assign {s.name} anyway (logged)
                        </label>
                        <Field
                          id={`override-${key}`}
                          name="overrideReason"
                          text="Why assign anyway?"
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
