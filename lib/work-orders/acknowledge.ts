// "We have seen it": the first manager action meets the response target (DESIGN.md §4). The tenant
// sees that their request was looked at.
import "server-only";
import { AppError } from "@/lib/errors";
import { staffChange, type StaffArgs } from "@/lib/work-orders/staff-change";
import { ACTIVE_STATUSES, isStatusIn } from "@/lib/work-orders/transitions";

export async function acknowledgeWorkOrder(args: StaffArgs) {
  const { now } = args;
  return staffChange({ ...args, now }, (wo) => {
    if (!isStatusIn(ACTIVE_STATUSES, wo.status))
      throw new AppError("TRANSITION_NOT_ALLOWED", "err.acknowledgeOpenOnly");
    return {
      data: wo.firstResponseAt ? {} : { firstResponseAt: now },
      event: { type: "ACKNOWLEDGED", details: {}, visibility: "PUBLIC" },
    };
  });
}
