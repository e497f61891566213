import { ClientStrings } from "@/components/i18n/client-strings";
import { Header } from "@/components/ui/header";
import { CLIENT_STRINGS } from "@/lib/i18n/client-strings";
import { pageActor } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";

export default async function OwnerLayout({ children }: { children: React.ReactNode }) {
  const actor = await pageActor("owner:view", "/owner");
  const { t } = await getT();
  return (
    <ClientStrings groups={CLIENT_STRINGS.owner}>
      <Header
        home="/owner"
        name={actor.name}
        links={[
          { href: "/owner", label: t("ownerPage.title") },
          { href: "/owner/reports", label: t("nav.reports") },
        ]}
      />
      {children}
    </ClientStrings>
  );
}
