import { ClientStrings } from "@/components/i18n/client-strings";
import { CLIENT_STRINGS } from "@/lib/i18n/client-strings";

/** A vendor's job link gets the job strings only (lib/i18n/client-strings.ts). */
export default function JobLinkLayout({ children }: { children: React.ReactNode }) {
  return <ClientStrings groups={CLIENT_STRINGS.job}>{children}</ClientStrings>;
}
