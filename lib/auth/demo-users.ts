// Demo mode's one-click sign-in list (DESIGN.md §11): a few enabled staff and tenants. The page
// asks only when demoAllowed() says the demo is really offered.
import "server-only";
import { db } from "@/lib/db/client";

export function demoUsers() {
  return db().user.findMany({
    where: { disabledAt: null, role: { in: ["ADMIN", "MANAGER", "TENANT"] } },
    include: { tenantProfile: { include: { unit: { include: { property: true } } } } },
    orderBy: [{ role: "asc" }, { email: "asc" }],
    take: 8,
  });
}
