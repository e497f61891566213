// npm run admin:create -- EMAIL [NAME]
// Real use starts here: creates the organisation (if there is none) and its first admin, and prints
// a sign-in link valid for 10 minutes (made the way Auth.js makes its email tokens).
import { randomToken, sha256 } from "@/lib/crypto";
import { closeDb, db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { DEFAULT_SLA } from "@/lib/work-orders/sla";
import { CATEGORIES } from "@/prisma/seed";
import { prepareDatabase } from "./prepare-db";

const [emailArg, ...nameParts] = process.argv.slice(2);
const email = (emailArg ?? "").trim().toLowerCase();
if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
  console.error("Usage: npm run admin:create -- you@example.com [Your Name]");
  process.exit(2);
}
await prepareDatabase();
const prisma = db();
const org =
  (await prisma.organization.findFirst({ orderBy: { createdAt: "asc" } })) ??
  (await prisma.organization.create({
    data: {
      name: "My properties",
      emergencyHotline: "911",
      slaTargets: { create: DEFAULT_SLA },
      categories: { create: CATEGORIES.map((c, i) => ({ ...c, sortOrder: i })) },
    },
  }));
const user = await prisma.user.upsert({
  where: { email },
  create: { orgId: org.id, email, name: nameParts.join(" ") || email.split("@")[0], role: "ADMIN" },
  update: { role: "ADMIN", disabledAt: null },
});
const token = randomToken();
await prisma.verificationToken.create({
  data: {
    identifier: user.email,
    token: sha256(`${token}${env().AUTH_SECRET}`),
    expires: new Date(Date.now() + 10 * 60_000),
  },
});
const link = new URL("/sign-in/confirm", env().PUBLIC_URL);
link.searchParams.set("token", token);
link.searchParams.set("email", user.email);
link.searchParams.set("callbackUrl", "/dashboard");
console.log(`Admin ${user.email} is ready in "${org.name}". Sign in within 10 minutes:\n\n  ${link}\n`);
await closeDb();
