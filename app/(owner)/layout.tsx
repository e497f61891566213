import { Header } from "@/components/ui/header";
import { pageActor } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";

export default async function OwnerLayout({ children }: { children: React.ReactNode }) {
  const actor = await pageActor("owner:view", "/owner");
  const { t } = await getT();
  return (
    <>
      <Header
        home="/owner"
        name={actor.name}
        links={[
          { href: "/owner", label: t("ownerPage.title") },
          { href: "/owner/reports", label: t("nav.reports") },
        ]}
      />
      {children}
    </>
  );
}
