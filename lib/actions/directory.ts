"use server";
// The directory's owners, properties, units and tenants: who (the directory permission each needs),
// the fields (lib/directory/schemas), the use case, then the page again or the list.
import { z } from "zod";
import { msg } from "@/lib/i18n/translate";
import { formAction, staff, typedValues, withBlanks, type Gate } from "@/lib/actions/define";
import { requireActor, type Actor } from "@/lib/auth/session";
import { assignManagers } from "@/lib/directory/assign-managers";
import { chosen } from "@/lib/directory/intake-link";
import { saveOwner } from "@/lib/directory/save-owner";
import { saveProperty } from "@/lib/directory/save-property";
import { saveDefaultResponsible } from "@/lib/directory/save-default-responsible";
import { savePropertyThresholds } from "@/lib/directory/save-property-thresholds";
import { saveTenant } from "@/lib/directory/save-tenant";
import { saveUnit } from "@/lib/directory/save-unit";
import { ownerSchema, propertySchema, tenantSchema, unitSchema } from "@/lib/directory/schemas";
import { ownerApprovalSchema, propertyThresholdSchema } from "@/lib/directory/approval-schemas";

const id = z.string().default("");
const propertyPage = (propertyId: string) => `/dashboard/directory/properties/${propertyId}`;

// Every field's message at once: the contacts' and the approval terms' together.
export const saveOwnerAction = formAction({
  who: staff("owners:edit"),
  input: z.object({ ownerId: id }).and(ownerSchema).and(ownerApprovalSchema),
  read: withBlanks("ownerId", "approvalLimit", "deemedApprovedAfterHours"),
  run: async ({ caller, input, now }) => {
    const { ownerId, approvalLimitCents, deemedApprovedAfterHours, name, email, phone, secondContactEmail } = input;
    await saveOwner({
      now,
      actor: caller,
      ownerId: ownerId || undefined,
      input: { name, email, phone, secondContactEmail },
      approval: { approvalLimitCents, deemedApprovedAfterHours },
    });
    return { revalidate: ["/dashboard/directory/owners"], redirect: "/dashboard/directory/owners?saved=1" };
  },
});

/** Editing a property needs directory:edit; adding one, managers:assign (an admin's). */
const propertyEditor: Gate<Actor> = (formData) =>
  requireActor(formData.get("propertyId") ? "directory:edit" : "managers:assign");

export const savePropertyAction = formAction({
  who: propertyEditor,
  input: propertySchema.extend({ propertyId: id }),
  read: withBlanks("propertyId", "name", "address", "slug", "ownerId"),
  run: async ({ caller, input: { propertyId, ...input }, now }) => {
    const { id } = await saveProperty({ now, actor: caller, propertyId: propertyId || undefined, input });
    return { revalidate: ["/dashboard/directory"], redirect: `${propertyPage(id)}?saved=property` };
  },
});

export const saveUnitAction = formAction({
  who: staff("directory:edit"),
  input: unitSchema.extend({ propertyId: id, unitId: id }),
  read: withBlanks("propertyId", "unitId", "label", "floor"),
  run: async ({ caller, input: { propertyId, unitId, ...input }, now }) => {
    await saveUnit({ now, actor: caller, propertyId, unitId: unitId || undefined, input });
    return {
      revalidate: [propertyPage(propertyId)],
      state: { ok: true, message: msg("property.unitSaved", { label: input.label }) },
    };
  },
});

export const assignManagersAction = formAction({
  who: staff("managers:assign"),
  input: z.object({ propertyId: id, managerIds: z.array(z.string()) }),
  read: (formData) => ({ ...withBlanks("propertyId")(formData), managerIds: chosen(formData, "managerIds") }),
  run: async ({ caller, input, formData, now }) => {
    await assignManagers({ now, actor: caller, ...input });
    return {
      revalidate: [propertyPage(input.propertyId)],
      state: { ok: true, message: "property.managersSaved", values: typedValues(formData) },
    };
  },
});

/** The property's default responsible person for new work (issue 18); "" for no one. */
export const saveDefaultResponsibleAction = formAction({
  who: staff("directory:edit"),
  input: z.object({ propertyId: id, defaultResponsibleId: z.string().trim().max(64).default("") }),
  read: withBlanks("propertyId", "defaultResponsibleId"),
  run: async ({ caller, input, formData, now }) => {
    await saveDefaultResponsible({
      now,
      actor: caller,
      propertyId: input.propertyId,
      userId: input.defaultResponsibleId || null,
    });
    return {
      revalidate: [propertyPage(input.propertyId)],
      state: {
        ok: true,
        message: "property.responsibleSaved",
        values: typedValues(formData),
      },
    };
  },
});

export const savePropertyThresholdsAction = formAction({
  who: staff("settings:edit"),
  input: z.object({ propertyId: id }).and(propertyThresholdSchema),
  read: withBlanks("propertyId", "managerLimit", "ownerLimit"),
  run: async ({ caller, input: { propertyId, ...input }, formData, now }) => {
    await savePropertyThresholds({ now, actor: caller, propertyId, input });
    return {
      revalidate: [propertyPage(propertyId)],
      state: {
        ok: true,
        message: "property.limitsSaved",
        values: typedValues(formData),
      },
    };
  },
});

export const saveTenantAction = formAction({
  who: staff("directory:edit"),
  input: tenantSchema.extend({ tenantId: id }),
  run: async ({ caller, input: { tenantId, ...input }, now }) => {
    const { propertyId } = await saveTenant({ now, actor: caller, tenantId: tenantId || undefined, input });
    return { revalidate: [propertyPage(propertyId)], redirect: `${propertyPage(propertyId)}?saved=tenant` };
  },
});
