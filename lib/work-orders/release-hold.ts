// The wait is over: the work carries on from the status it never left.
import "server-only";
import { AppError } from "@/lib/errors";
import { staffChange, type StaffArgs } from "@/lib/work-orders/staff-change";

export async function releaseHold(args: StaffArgs) {
  return staffChange(args, (wo) => {
    if (!wo.holdReason) throw new AppError("TRANSITION_NOT_ALLOWED", "err.notOnHold");
    return {
      data: { holdReason: null, holdNote: null },
      event: { type: "HOLD_RELEASED", details: { reason: wo.holdReason }, visibility: "PUBLIC" },
    };
  });
}
