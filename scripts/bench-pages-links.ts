// For `npm run bench -- pages`: the addresses a tenant, an owner and a vendor open, and a manager's
// session, minted on the bench's own embedded database (demo data) before its server opens it, the
// way the portal mints them (random tokens stored as hashes). Prints them as JSON on the last line.
import { randomToken, sha256 } from "@/lib/crypto";
import { closeDb, db } from "@/lib/db/client";
import { issueApprovalLink } from "@/lib/approvals/approval-link";
import { addJobLink } from "@/lib/work-orders/job-links";
import { prepareDatabase } from "./prepare-db";
import { seedDemo } from "@/prisma/seed";

const now = new Date();
await prepareDatabase();
await seedDemo(db(), now, { history: true });
const prisma = db();
const day = 86_400_000;

// A tracking link to an open request that has a vendor (the fullest tracking page).
const open = await prisma.workOrder.findFirstOrThrow({
  where: { status: { in: ["ASSIGNED", "SCHEDULED"] }, vendorId: { not: null } },
  orderBy: { createdAt: "desc" },
});
const tracking = randomToken();
await prisma.actionToken.create({
  data: {
    createdAt: now,
    tokenHash: sha256(tracking),
    purpose: "TRACKING",
    workOrderId: open.id,
    expiresAt: new Date(now.getTime() + 90 * day),
  },
});

// The vendor's job link to that same request.
const job = await prisma.$transaction((tx) => addJobLink(tx, { workOrderId: open.id, vendorId: open.vendorId! }, now));

// An owner's approval link: a pending estimate on a property that has an owner (one is added if the
// demo has none waiting).
let estimate = await prisma.costEstimate.findFirst({
  where: { status: "PENDING", workOrder: { property: { ownerId: { not: null } } } },
  include: { workOrder: { include: { property: true } } },
});
if (!estimate) {
  const wo = await prisma.workOrder.findFirstOrThrow({
    where: { id: open.id, property: { ownerId: { not: null } } },
  });
  estimate = await prisma.costEstimate.create({
    data: { workOrderId: wo.id, vendorId: open.vendorId, amountCents: 64_000, description: "Replace the water heater" },
    include: { workOrder: { include: { property: true } } },
  });
}
const approval = await prisma.$transaction((tx) =>
  issueApprovalLink(
    tx,
    {
      workOrderId: estimate.workOrderId,
      estimateId: estimate.id,
      ownerId: estimate.workOrder.property.ownerId!,
      amountCents: estimate.amountCents,
    },
    now,
  ),
);

// A manager's session cookie, as the sign-in link would leave it.
const manager = await prisma.user.findFirstOrThrow({
  where: { role: "MANAGER", disabledAt: null },
  orderBy: { email: "asc" },
});
const session = randomToken();
await prisma.session.create({
  data: { sessionToken: sha256(session), userId: manager.id, expires: new Date(now.getTime() + day), createdAt: now },
});
const property = await prisma.property.findFirstOrThrow({ orderBy: { slug: "asc" }, where: { slug: "maple-court" } });
await closeDb();

console.log(
  JSON.stringify({
    form: `/r/${property.slug}`,
    tracking: `/t/${tracking}`,
    approval: `/approve/${approval}`,
    job: `/v/job/${job}`,
    session,
  }),
);
