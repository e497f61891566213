// The demo's one-click sign-in offers every role (issue 18): a newcomer reaches the owner's page
// and "My jobs" without the email round trip. Disabled accounts are never offered.
import { beforeAll, expect, it } from "vitest";
import { demoUsers } from "@/lib/auth/demo-users";
import { db } from "@/lib/db/client";
import { seedDemo } from "@/prisma/seed";

beforeAll(async () => {
  await seedDemo(db(), new Date("2026-12-01T15:00:00Z"));
});

it("lists an admin, two managers, a technician, an owner and three tenants, in that order", async () => {
  const users = await demoUsers();
  expect(users.map((u) => u.role)).toEqual([
    "ADMIN",
    "MANAGER",
    "MANAGER",
    "TECHNICIAN",
    "OWNER",
    "TENANT",
    "TENANT",
    "TENANT",
  ]);
  expect(users.filter((u) => u.role === "TENANT").every((u) => u.tenantProfile?.unit.property.name)).toBe(true);
});

it("never offers a disabled account", async () => {
  const [tech] = (await demoUsers()).filter((u) => u.role === "TECHNICIAN");
  await db().user.update({ where: { id: tech.id }, data: { disabledAt: new Date("2026-12-01T16:00:00Z") } });
  expect((await demoUsers()).map((u) => u.id)).not.toContain(tech.id);
});
