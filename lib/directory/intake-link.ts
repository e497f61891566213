// The QR intake links, always built from PUBLIC_URL: a Host header is the caller's to choose, and a
// printed code must point at the real portal.
import "server-only";
import { env } from "@/lib/env";

export function intakeUrl(slug: string, unitId?: string): string {
  const u = new URL(`/r/${encodeURIComponent(slug)}`, env().PUBLIC_URL);
  if (unitId) u.searchParams.set("unit", unitId);
  return u.toString();
}

/** Checkbox groups post name:value keys; this reads the chosen values back. */
export function chosen(fd: FormData, name: string): string[] {
  return [...fd.keys()].filter((k) => k.startsWith(`${name}:`)).map((k) => k.slice(name.length + 1));
}
