import { Header } from "@/components/ui/header";
import { pageActor } from "@/lib/auth/session";

export default async function OwnerLayout({ children }: { children: React.ReactNode }) {
  const actor = await pageActor("owner:view", "/owner");
  return (
    <>
      <Header
        home="/owner"
        name={actor.name}
        links={[
          { href: "/owner", label: "My properties" },
          { href: "/owner/reports", label: "Reports" },
        ]}
      />
      {children}
    </>
  );
}
