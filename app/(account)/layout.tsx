// Pages about one's own account for staff and in-house technicians (who have no dashboard).
import { ClientStrings } from "@/components/i18n/client-strings";
import { Header } from "@/components/ui/header";
import { CLIENT_STRINGS } from "@/lib/i18n/client-strings";
import { staffLinks } from "@/components/ui/staff-nav";
import { homeFor, pageActor } from "@/lib/auth/session";

export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  const actor = await pageActor("notifications:own", "/account/notifications");
  return (
    <ClientStrings groups={CLIENT_STRINGS.account}>
      <Header home={homeFor(actor.role)} name={actor.name} links={staffLinks(actor)} />
      {children}
    </ClientStrings>
  );
}
