import { Header } from "@/components/ui/header";
import { pageActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";

export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const actor = await pageActor("queue:view", "/dashboard");
  const links = [
    { href: "/dashboard", label: "Queue" },
    { href: "/dashboard/directory", label: "Directory" },
    ...(can(actor, "settings:edit") ? [{ href: "/dashboard/settings", label: "Settings" }] : []),
    ...(can(actor, "outbox:read") ? [{ href: "/dashboard/deliveries", label: "Deliveries" }, { href: "/outbox", label: "Outbox" }] : []),
  ];
  return (
    <>
      <Header home="/dashboard" name={actor.name} links={links} />
      {children}
    </>
  );
}
