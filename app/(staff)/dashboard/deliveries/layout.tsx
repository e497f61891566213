import { ClientStrings } from "@/components/i18n/client-strings";
import { CLIENT_STRINGS } from "@/lib/i18n/client-strings";

/** The failed deliveries page gets its strings (lib/i18n/client-strings.ts). */
export default function DeliveriesStrings({ children }: { children: React.ReactNode }) {
  return <ClientStrings groups={CLIENT_STRINGS.deliveries}>{children}</ClientStrings>;
}
