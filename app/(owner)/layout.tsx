import { ClientStrings } from "@/components/i18n/client-strings";
import { Header } from "@/components/ui/header";
import { CLIENT_STRINGS } from "@/lib/i18n/client-strings";
import { pageActor } from "@/lib/auth/session";

export default async function OwnerLayout({ children }: { children: React.ReactNode }) {
  const actor = await pageActor("owner:view", "/owner");
  return (
    <ClientStrings groups={CLIENT_STRINGS.owner}>
      <Header
        home="/owner"
        name={actor.name}
        links={[
          { href: "/owner", label: "My properties" },
          { href: "/owner/reports", label: "Reports" },
        ]}
      />
      {children}
    </ClientStrings>
  );
}
