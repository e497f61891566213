// The request form's choices and limits, without zod: the browser's form reads these, the server's
// schemas (schemas.ts) check them. Kept apart so no client bundle carries zod.
export const SEVERITIES = ["EMERGENCY", "URGENT", "ROUTINE", "LOW"] as const;

export const DESCRIPTION_MAX = 5000;

export const CONTACT_METHODS = ["SMS", "EMAIL", "BOTH", "PHONE"] as const;
