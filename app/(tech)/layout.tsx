import { Header } from "@/components/ui/header";
import { staffLinks } from "@/components/ui/staff-nav";
import { pageActor } from "@/lib/auth/session";

/** An in-house technician's pages: their jobs, one-handed on a phone. */
export default async function TechLayout({ children }: { children: React.ReactNode }) {
  const actor = await pageActor("job:work", "/jobs");
  return (
    <>
      <Header home="/jobs" name={actor.name} links={staffLinks(actor)} />
      {children}
    </>
  );
}
