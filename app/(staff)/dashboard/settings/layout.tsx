import { ClientStrings } from "@/components/i18n/client-strings";
import { CLIENT_STRINGS } from "@/lib/i18n/client-strings";

/** The settings forms get the settings strings (lib/i18n/client-strings.ts). */
export default function SettingsStrings({ children }: { children: React.ReactNode }) {
  return <ClientStrings groups={CLIENT_STRINGS.settings}>{children}</ClientStrings>;
}
