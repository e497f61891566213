// Input rules, checked on the server; their messages appear next to the field in the browser.
// Messages are keys of lib/i18n/messages, shown in the reader's language. The browser's form takes
// the choices and limits from fields.ts, which carries no zod.
import { z } from "zod";
import { CONTACT_METHODS, DESCRIPTION_MAX, SEVERITIES } from "@/lib/work-orders/fields";

export { CONTACT_METHODS, DESCRIPTION_MAX, SEVERITIES };

export const requestSchema = z.object({
  idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "v.expired"),
  unitId: z.string().min(1, "v.unit").optional(),
  categoryId: z.string({ message: "v.category" }).min(1, "v.category"),
  severity: z.enum(SEVERITIES, { message: "v.severity" }),
  description: z
    .string({ message: "v.description" })
    .trim()
    .min(10, "v.descriptionShort")
    .max(DESCRIPTION_MAX, "v.descriptionLong"),
});
const code = z
  .string()
  .trim()
  .max(40, "v.codeLong")
  .regex(/^[^<>]*$/, "v.codeChars");

/** Access for the visit. A blank code keeps the one saved on the tenant's profile. */
export const accessSchema = z.object({
  permissionToEnter: z.boolean(),
  gateCode: code,
  lockboxCode: code,
  pets: z.string().trim().max(200, "v.under200"),
  preferredTimes: z.string().trim().max(200, "v.under200"),
  contactMethod: z.enum(CONTACT_METHODS, { message: "v.contactMethod" }),
  saveToProfile: z.boolean(),
});
export type AccessInput = z.infer<typeof accessSchema>;

export type RequestInput = z.infer<typeof requestSchema> & { access?: AccessInput };

export const timesSchema = z.string().trim().min(3, "v.times").max(200, "v.under200");
export const reasonSchema = z.string().trim().min(3, "v.reason").max(1000, "v.reasonLong");
export const versionSchema = z.coerce.number().int().positive();
