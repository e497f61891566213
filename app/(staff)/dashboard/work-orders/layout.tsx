import { ClientStrings } from "@/components/i18n/client-strings";
import { CLIENT_STRINGS } from "@/lib/i18n/client-strings";

/** A work order's client components get its strings (lib/i18n/client-strings.ts). */
export default function WorkOrderStrings({ children }: { children: React.ReactNode }) {
  return <ClientStrings groups={CLIENT_STRINGS.staffWorkOrder}>{children}</ClientStrings>;
}
