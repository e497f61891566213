// The staff header's links, shared by the dashboard and the staff account pages. Labels are message
// keys, read in the reader's language.
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
    { href: "/dashboard", label: "nav.queue" },
    { href: "/dashboard/directory", label: "nav.directory" },
    { href: "/dashboard/reports", label: "nav.reports" },
    ...(can(actor, "settings:edit") ? [{ href: "/dashboard/settings", label: "nav.settings" }] : []),
    ...(can(actor, "audit:view") ? [{ href: "/dashboard/audit", label: "nav.audit" }] : []),
    ...(can(actor, "outbox:read")
      ? [
          { href: "/dashboard/deliveries", label: "nav.deliveries" },
          { href: "/outbox", label: "nav.outbox" },
        ]
      : []),
    { href: "/account/notifications", label: "nav.myNotifications" },
  ];
}
