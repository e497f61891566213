// Demo mode's one-click sign-in list (DESIGN.md §11): someone of every role, so a newcomer can try
// each side of the portal (the owner's page and "My jobs" too) without the email round trip. The
// page asks only when demoAllowed() says the demo is really offered.
import "server-only";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";

/** How many of each role the list offers, in the order shown. */
const OFFERED: [Role, number][] = [
  ["ADMIN", 1],
  ["MANAGER", 2],
  ["TECHNICIAN", 1],
  ["OWNER", 1],
  ["TENANT", 3],
];

export async function demoUsers() {
  const byRole = await Promise.all(
    OFFERED.map(([role, take]) =>
      db().user.findMany({
        where: { disabledAt: null, role },
        include: { tenantProfile: { include: { unit: { include: { property: true } } } } },
        orderBy: { email: "asc" },
        take,
      }),
    ),
  );
  return byRole.flat();
}
