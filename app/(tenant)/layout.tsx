import { ClientStrings } from "@/components/i18n/client-strings";
import { Header } from "@/components/ui/header";
import { CLIENT_STRINGS } from "@/lib/i18n/client-strings";
import { pageActor } from "@/lib/auth/session";

export default async function TenantLayout({ children }: { children: React.ReactNode }) {
  const actor = await pageActor("request:view-own", "/requests");
  return (
    <ClientStrings groups={CLIENT_STRINGS.tenant}>
      <Header
        home="/requests"
        name={actor.name}
        links={[
          { href: "/requests", label: "nav.myRequests" },
          { href: "/requests/new", label: "nav.report" },
        ]}
      />
      {children}
    </ClientStrings>
  );
}
