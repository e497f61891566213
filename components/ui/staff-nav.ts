// The staff header's links, shared by the dashboard and the staff account pages. A label that is a
// message key is read in the reader's language (the technician's pages are translated); the
// dashboard's own pages are English for now, and so are their links.
import { can } from "@/lib/auth/permissions";
import type { Role } from "@/lib/db/generated/enums";

export function staffLinks(actor: { role: Role }): { href: string; label: string }[] {
  if (!can(actor, "queue:view")) {
    return [
      ...(can(actor, "job:work") ? [{ href: "/jobs", label: "nav.myJobs" }] : []),
      ...(can(actor, "notifications:own") ? [{ href: "/account/notifications", label: "nav.myNotifications" }] : []),
    ];
  }
  return [
    { href: "/dashboard", label: "Queue" },
    { href: "/dashboard/directory", label: "Directory" },
    { href: "/dashboard/reports", label: "Reports" },
    ...(can(actor, "settings:edit") ? [{ href: "/dashboard/settings", label: "Settings" }] : []),
    ...(can(actor, "audit:view") ? [{ href: "/dashboard/audit", label: "Audit log" }] : []),
    ...(can(actor, "outbox:read")
      ? [
          { href: "/dashboard/deliveries", label: "Deliveries" },
          { href: "/outbox", label: "Outbox" },
        ]
      : []),
    { href: "/account/notifications", label: "nav.myNotifications" },
  ];
}
