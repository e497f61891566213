import { Header } from "@/components/ui/header";
import { pageActor } from "@/lib/auth/session";

export default async function TenantLayout({ children }: { children: React.ReactNode }) {
  const actor = await pageActor("request:view-own", "/requests");
  return (
    <>
      <Header
        home="/requests"
        name={actor.name}
        links={[
          { href: "/requests", label: "nav.myRequests" },
          { href: "/requests/new", label: "nav.report" },
        ]}
      />
      {children}
    </>
  );
}
