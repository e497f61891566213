// Issue 18: how long the person on a job reaches it (acts on it, or still writes about it), which
// decides both what their job link allows and whether they hear of a new message on the thread.
import { describe, expect, it } from "vitest";
import type { WorkOrderStatus } from "@/lib/db/generated/enums";
import { assigneeReach, JOB_LINK_AFTER_COMPLETION_DAYS } from "@/lib/work-orders/job-links";

const now = new Date("2030-05-20T12:00:00Z");
const daysAgo = (d: number, s = 0) => new Date(now.getTime() - d * 86_400_000 - s * 1000);

describe("assigneeReach", () => {
  it.each<[WorkOrderStatus, Date | null, ReturnType<typeof assigneeReach>]>([
    ["NEW", null, null],
    ["ASSIGNED", null, "open"],
    ["SCHEDULED", null, "open"],
    ["COMPLETED", daysAgo(1), "finished"],
    ["CLOSED", daysAgo(JOB_LINK_AFTER_COMPLETION_DAYS), "finished"],
    ["CLOSED", daysAgo(JOB_LINK_AFTER_COMPLETION_DAYS, 1), null],
    ["COMPLETED", null, null],
    ["CANCELLED", daysAgo(1), null],
  ])("%s, completed %s: %s", (status, completedAt, reach) => {
    expect(assigneeReach({ status, completedAt }, now)).toBe(reach);
  });
});
