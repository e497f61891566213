import { ClientStrings } from "@/components/i18n/client-strings";
import { Header } from "@/components/ui/header";
import { CLIENT_STRINGS } from "@/lib/i18n/client-strings";
import { staffLinks } from "@/components/ui/staff-nav";
import { pageActor } from "@/lib/auth/session";

/** An in-house technician's pages: their jobs, one-handed on a phone. */
export default async function TechLayout({ children }: { children: React.ReactNode }) {
  const actor = await pageActor("job:work", "/jobs");
  return (
    <ClientStrings groups={CLIENT_STRINGS.tech}>
      <Header home="/jobs" name={actor.name} links={staffLinks(actor)} />
      {children}
    </ClientStrings>
  );
}
