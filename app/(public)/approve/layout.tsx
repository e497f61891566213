import { ClientStrings } from "@/components/i18n/client-strings";
import { CLIENT_STRINGS } from "@/lib/i18n/client-strings";

/** An owner's approval link gets the approval strings only (lib/i18n/client-strings.ts). */
export default function ApprovalLayout({ children }: { children: React.ReactNode }) {
  return <ClientStrings groups={CLIENT_STRINGS.approval}>{children}</ClientStrings>;
}
