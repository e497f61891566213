// A manager or admin names the person responsible for a work order, or clears it (issue 18). Only
// someone who may see the property can be chosen (responsible.ts); the change is a staff event on
// the timeline, and the new person hears of it by their own channel, unless they made the change.
import "server-only";
import { env } from "@/lib/env";
import { AppError, invalidField } from "@/lib/errors";
import { notifyStaffMember } from "@/lib/notifications/notify-managers";
import { responsibleWhere } from "@/lib/work-orders/responsible";
import { staffChange, type StaffArgs } from "@/lib/work-orders/staff-change";
import { isStatusIn, QUEUE_OPEN_STATUSES } from "@/lib/work-orders/transitions";

export async function setResponsible({ responsibleId, ...args }: StaffArgs & { responsibleId: string | null }) {
  return staffChange(args, async (wo, tx) => {
    if (!isStatusIn(QUEUE_OPEN_STATUSES, wo.status))
      throw new AppError("TRANSITION_NOT_ALLOWED", "err.responsibleFinished");
    if (wo.responsibleId === responsibleId) throw invalidField("responsibleId", "err.responsibleUnchanged");
    const [person, before] = await Promise.all([
      responsibleId
        ? tx.user.findFirst({
            where: { id: responsibleId, ...responsibleWhere(wo.orgId, [wo.propertyId]) },
            select: { id: true, name: true },
          })
        : null,
      wo.responsibleId ? tx.user.findUnique({ where: { id: wo.responsibleId }, select: { name: true } }) : null,
    ]);
    if (responsibleId && !person) throw invalidField("responsibleId", "err.responsibleOutOfScope");
    const told = person && person.id !== args.actor.userId ? person : null;
    return {
      data: { responsibleId },
      event: {
        type: "RESPONSIBLE_CHANGED",
        details: { from: before?.name ?? null, to: person?.name ?? null },
        visibility: "STAFF",
      },
      also: told
        ? async (tx, w, eventId) => {
            const about = await tx.workOrder.findUniqueOrThrow({
              where: { id: w.id },
              select: {
                category: { select: { name: true } },
                property: { select: { name: true } },
                unit: { select: { label: true } },
              },
            });
            await notifyStaffMember(
              tx,
              w,
              told.id,
              {
                event: `wo:${w.id}:responsible:${eventId}`,
                template: "responsible-assigned",
                vars: {
                  name: args.actor.name,
                  number: w.trackingNumber,
                  priority: w.priority,
                  category: about.category.name,
                  place: `${about.property.name} ${about.unit.label}`,
                  description: w.description,
                },
                link: `${env().PUBLIC_URL}/dashboard/work-orders/${w.trackingNumber}`,
              },
              args.now,
            );
          }
        : undefined,
    };
  });
}
