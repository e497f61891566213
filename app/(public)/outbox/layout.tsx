import { ClientStrings } from "@/components/i18n/client-strings";
import { CLIENT_STRINGS } from "@/lib/i18n/client-strings";

/** The demo outbox's header (sign-out) gets the sign-in strings only (lib/i18n/client-strings.ts). */
export default function OutboxLayout({ children }: { children: React.ReactNode }) {
  return <ClientStrings groups={CLIENT_STRINGS.signIn}>{children}</ClientStrings>;
}
