// Input rules shared by the browser and the server: the same messages appear next to the field.
import { z } from "zod";

export const SEVERITIES = ["EMERGENCY", "URGENT", "ROUTINE", "LOW"] as const;

export const SEVERITY_INFO: Record<(typeof SEVERITIES)[number], { label: string; definition: string }> = {
  EMERGENCY: { label: "Emergency", definition: "Safety risk, habitability threat or active water damage: we respond within hours." },
  URGENT: { label: "Urgent", definition: "Major inconvenience that could get worse: within 24 hours." },
  ROUTINE: { label: "Routine", definition: "Standard maintenance: within 3–5 business days." },
  LOW: { label: "Low", definition: "Cosmetic or minor: scheduled at a convenient time." },
};

export const DESCRIPTION_MAX = 5000;

export const requestSchema = z.object({
  idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "This form has expired. Reload the page and try again."),
  unitId: z.string().min(1, "Choose the unit with the problem.").optional(),
  categoryId: z.string({ message: "Choose what kind of problem it is." }).min(1, "Choose what kind of problem it is."),
  severity: z.enum(SEVERITIES, { message: "Choose how serious it is." }),
  description: z
    .string({ message: "Describe the problem." })
    .trim()
    .min(10, "Describe the problem in a few words (at least 10 characters): where it is, since when, what you tried.")
    .max(DESCRIPTION_MAX, `Keep the description under ${DESCRIPTION_MAX.toLocaleString("en-US")} characters; add details later as a message.`),
});
export const CONTACT_METHODS = ["SMS", "EMAIL", "PHONE"] as const;
const code = z.string().trim().max(40, "Keep a code under 40 characters.").regex(/^[^<>]*$/, "Use letters, digits and symbols only.");

/** Access for the visit. A blank code keeps the one saved on the tenant's profile. */
export const accessSchema = z.object({
  permissionToEnter: z.boolean(),
  gateCode: code,
  lockboxCode: code,
  pets: z.string().trim().max(200, "Keep this under 200 characters."),
  preferredTimes: z.string().trim().max(200, "Keep this under 200 characters."),
  contactMethod: z.enum(CONTACT_METHODS, { message: "Choose how we should reach you." }),
  saveToProfile: z.boolean(),
});
export type AccessInput = z.infer<typeof accessSchema>;

export type RequestInput = z.infer<typeof requestSchema> & { access?: AccessInput };

export const reasonSchema = z.string().trim().min(3, "Give a short reason.").max(1000, "Keep the reason under 1,000 characters.");
export const versionSchema = z.coerce.number().int().positive();
