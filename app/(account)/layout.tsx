// Pages about one's own account for staff and in-house technicians (who have no dashboard).
import { Header } from "@/components/ui/header";
import { staffLinks } from "@/components/ui/staff-nav";
import { homeFor, pageActor } from "@/lib/auth/session";

export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  const actor = await pageActor("notifications:own", "/account/notifications");
  return (
    <>
      <Header home={homeFor(actor.role)} name={actor.name} links={staffLinks(actor)} />
      {children}
    </>
  );
}
