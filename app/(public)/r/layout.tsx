import { ClientStrings } from "@/components/i18n/client-strings";
import { CLIENT_STRINGS } from "@/lib/i18n/client-strings";

/** The QR form's client components get the form's strings only (lib/i18n/client-strings.ts). */
export default function RequestFormLayout({ children }: { children: React.ReactNode }) {
  return <ClientStrings groups={CLIENT_STRINGS.requestForm}>{children}</ClientStrings>;
}
