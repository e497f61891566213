// "Reminder: maintenance visit tomorrow 9:00–12:00", the day before, in the organisation's time
// zone. Keyed by the window: a rescheduled visit gets its own reminder, a repeated tick none.
import "server-only";
import { localDate } from "@/lib/work-orders/sla";
import { ORG_FOR_MESSAGES, tellTenant, visitWindow } from "@/lib/notifications/tell";
import { BATCH, lockedStep } from "@/lib/cron/step";

const DAY = 86_400_000;

export function sendReminders(now: Date) {
  return lockedStep("reminders", async (tx) => {
    const visits = await tx.workOrder.findMany({
      where: { status: "SCHEDULED", windowStart: { gt: now, lte: new Date(now.getTime() + 2 * DAY) } },
      include: { org: { select: ORG_FOR_MESSAGES } },
      orderBy: { windowStart: "asc" },
      take: BATCH,
    });
    let queued = 0;
    for (const wo of visits) {
      const zone = wo.org.timeZone;
      if (localDate(wo.windowStart!, zone).ymd !== localDate(new Date(now.getTime() + DAY), zone).ymd) continue;
      queued += await tellTenant(
        tx,
        wo,
        `reminder:${wo.windowStart!.toISOString()}`,
        "visit-reminder",
        wo.org,
        now,
        (locale) => ({
          window: visitWindow(wo.windowStart!, wo.windowEnd ?? wo.windowStart!, zone, locale),
        }),
      );
    }
    return queued;
  });
}
