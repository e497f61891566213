import { ClientStrings } from "@/components/i18n/client-strings";
import { CLIENT_STRINGS } from "@/lib/i18n/client-strings";

/** A vendor's papers link gets the papers strings only (lib/i18n/client-strings.ts). */
export default function PapersLinkLayout({ children }: { children: React.ReactNode }) {
  return <ClientStrings groups={CLIENT_STRINGS.papers}>{children}</ClientStrings>;
}
