import { Header } from "@/components/ui/header";
import { pageActor } from "@/lib/auth/session";

export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const actor = await pageActor("queue:view", "/dashboard");
  const links = [{ href: "/dashboard", label: "Queue" }, ...(actor.role === "ADMIN" ? [{ href: "/outbox", label: "Outbox" }] : [])];
  return (
    <>
      <Header home="/dashboard" name={actor.name} links={links} />
      {children}
    </>
  );
}
