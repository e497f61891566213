import { ClientStrings } from "@/components/i18n/client-strings";
import { CLIENT_STRINGS } from "@/lib/i18n/client-strings";

/** A tracking link's client components get the tracking strings only (lib/i18n/client-strings.ts). */
export default function TrackingLayout({ children }: { children: React.ReactNode }) {
  return <ClientStrings groups={CLIENT_STRINGS.tracking}>{children}</ClientStrings>;
}
