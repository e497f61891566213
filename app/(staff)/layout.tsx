import { ClientStrings } from "@/components/i18n/client-strings";
import { Header } from "@/components/ui/header";
import { CLIENT_STRINGS } from "@/lib/i18n/client-strings";
import { staffLinks } from "@/components/ui/staff-nav";
import { pageActor } from "@/lib/auth/session";

export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const actor = await pageActor("queue:view", "/dashboard");
  return (
    <ClientStrings groups={CLIENT_STRINGS.staff}>
      <Header home="/dashboard" name={actor.name} links={staffLinks(actor)} />
      {children}
    </ClientStrings>
  );
}
