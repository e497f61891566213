// Cookies are Secure whenever the portal is served over https (the configured public address).
import "server-only";
import { env } from "@/lib/env";

export function secureCookies(): boolean {
  return env().PUBLIC_URL.startsWith("https://");
}
