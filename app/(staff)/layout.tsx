import { Header } from "@/components/ui/header";
import { staffLinks } from "@/components/ui/staff-nav";
import { pageActor } from "@/lib/auth/session";

export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const actor = await pageActor("queue:view", "/dashboard");
  return (
    <>
      <Header home="/dashboard" name={actor.name} links={staffLinks(actor)} />
      {children}
    </>
  );
}
