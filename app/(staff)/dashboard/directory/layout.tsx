import { ClientStrings } from "@/components/i18n/client-strings";
import { CLIENT_STRINGS } from "@/lib/i18n/client-strings";

/** The directory's forms get the directory's strings (lib/i18n/client-strings.ts). */
export default function DirectoryStrings({ children }: { children: React.ReactNode }) {
  return <ClientStrings groups={CLIENT_STRINGS.directory}>{children}</ClientStrings>;
}
