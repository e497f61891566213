// The organisation's brand colour drives the portal's `brand` colour: the root layout sets the CSS
// variables Tailwind's brand utilities read. One organisation per installation.
import "server-only";
import { connection } from "next/server";
import { cache } from "react";
import { db } from "@/lib/db/client";

export const DEFAULT_BRAND = "#0f766e";

export const brandColour = cache(async (): Promise<string> => {
  // Read per request, never while `next build` prerenders (the build must not open the database).
  await connection();
  try {
    const org = await db().organization.findFirst({ orderBy: { createdAt: "asc" }, select: { brandColor: true } });
    // Validated on save; checked again because it lands in a style attribute.
    return org && /^#[0-9a-f]{6}$/i.test(org.brandColor) ? org.brandColor : DEFAULT_BRAND;
  } catch (err) {
    // A page without the org's colour is better than no page.
    console.error("[branding] falling back to the default colour", err);
    return DEFAULT_BRAND;
  }
});

/** The variables for the root element: the colour and a darker one for hover. */
export function brandStyle(hex: string): Record<string, string> {
  return { "--color-brand": hex, "--color-brand-dark": `color-mix(in srgb, ${hex} 80%, black)` };
}
