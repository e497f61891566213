import { ClientStrings } from "@/components/i18n/client-strings";
import { CLIENT_STRINGS } from "@/lib/i18n/client-strings";

/** A technician's job gets the job strings, as a vendor's job link does (lib/i18n/client-strings.ts). */
export default function TechJobStrings({ children }: { children: React.ReactNode }) {
  return <ClientStrings groups={CLIENT_STRINGS.job}>{children}</ClientStrings>;
}
