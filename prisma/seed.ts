// Demo data (DESIGN.md §11): one organisation, 3 properties with 30 units, tenants with access
// information, owners, managers, an admin, 6 vendors (one with expired insurance) and about 60 work
// orders in every status with histories over the last 90 days. Idempotent: a seeded database is
// left alone. With `history` (the demo portal: Quick start, npm start, npm run db:seed), also a year
// of finished work before those (prisma/demo-history.ts) for the reports; tests seed without it.
import { encrypt } from "@/lib/crypto";
import type { Db } from "@/lib/db/client";
import type { Priority, WorkOrderStatus } from "@/lib/db/generated/enums";
import { DEFAULT_TIMINGS } from "@/lib/timings";
import { computeDueTimes, DEFAULT_SLA } from "@/lib/work-orders/sla";
import { seedHistory, type HistoryWorld } from "./demo-history";
import { rng } from "./demo-random";

export const DEMO_ORG = "Harbor Property Management";

export const CATEGORIES: { name: string; examples: string[]; tips: string[] }[] = [
  {
    name: "Plumbing",
    examples: ["leaks", "clogs", "water heater", "toilet"],
    tips: [
      "For a clogged sink, try a plunger before calling.",
      "Turn off the valve under the sink or toilet to stop a leak.",
    ],
  },
  {
    name: "Electrical",
    examples: ["outlets", "lights", "breakers", "switches"],
    tips: [
      "Check the breaker panel and reset a tripped breaker.",
      "Bathroom and kitchen outlets may have a reset button (GFCI).",
    ],
  },
  {
    name: "HVAC",
    examples: ["no heat", "no cooling", "thermostat"],
    tips: ["Check the thermostat's batteries and mode.", "Make sure the vents are open and unblocked."],
  },
  {
    name: "Appliances",
    examples: ["refrigerator", "stove", "dishwasher", "washer/dryer"],
    tips: ["Garbage disposal: press the red reset button underneath."],
  },
  { name: "Structural", examples: ["doors", "windows", "locks", "flooring"], tips: [] },
  {
    name: "Pest control",
    examples: ["insects", "rodents"],
    tips: ["Keep food sealed and take trash out daily until we visit."],
  },
  {
    name: "General",
    examples: ["smoke detectors", "light bulbs", "cosmetic"],
    tips: ["A chirping smoke detector usually needs a new battery."],
  },
];

const PROPERTIES = [
  { name: "Maple Court", slug: "maple-court", address: "120 Maple Street, Springfield", floors: 3 },
  { name: "Harbor View Apartments", slug: "harbor-view", address: "8 Harbor Road, Springfield", floors: 4 },
  { name: "Oak Terrace", slug: "oak-terrace", address: "455 Oak Avenue, Springfield", floors: 2 },
];

const FIRST = [
  "Alex",
  "Maria",
  "Sam",
  "Priya",
  "Jordan",
  "Chen",
  "Fatima",
  "Luis",
  "Grace",
  "Omar",
  "Hannah",
  "Diego",
  "Aisha",
  "Tom",
  "Yuki",
  "Elena",
  "Marcus",
  "Nina",
  "Kofi",
  "Sofia",
  "Ben",
  "Leila",
  "Ravi",
  "Clara",
  "Ivan",
  "Zoe",
  "Mateo",
  "Ines",
  "Noah",
  "Amara",
];
const LAST = [
  "Kim",
  "Garcia",
  "Okafor",
  "Patel",
  "Lee",
  "Wang",
  "Hassan",
  "Romero",
  "Murphy",
  "Ali",
  "Schmidt",
  "Lopez",
  "Bello",
  "Nguyen",
  "Tanaka",
  "Petrova",
  "Brown",
  "Costa",
  "Mensah",
  "Rossi",
  "Cohen",
  "Haddad",
  "Shah",
  "Dubois",
  "Ivanov",
  "Martin",
  "Silva",
  "Moreau",
  "Jones",
  "Diallo",
];

const PROBLEMS: Record<string, string[]> = {
  Plumbing: [
    "Kitchen sink drains very slowly since last week, plunger did not help.",
    "Toilet keeps running after flushing, jiggling the handle stops it briefly.",
    "Water dripping from the ceiling in the bathroom, under the upstairs unit.",
    "No hot water since this morning; the water heater pilot seems out.",
  ],
  Electrical: [
    "Two outlets in the living room stopped working; breaker looks fine.",
    "Bedroom ceiling light flickers and buzzes when switched on.",
    "Bathroom GFCI outlet trips every time the hair dryer is used.",
  ],
  HVAC: [
    "No heat at all since yesterday evening; thermostat shows 58°F.",
    "Air conditioner blows warm air, filter was changed last month.",
    "Thermostat screen is blank even with new batteries.",
  ],
  Appliances: [
    "Refrigerator is not cooling, food getting warm.",
    "Dishwasher leaves standing water at the bottom after a cycle.",
    "Front-left stove burner does not light, clicks continuously.",
  ],
  Structural: [
    "Front door lock is stiff and the key sometimes will not turn.",
    "Bedroom window will not close fully, cold draft at night.",
    "Loose floorboard in the hallway near the kitchen.",
  ],
  "Pest control": [
    "Seeing cockroaches in the kitchen at night for a week.",
    "Mouse droppings under the sink and behind the stove.",
  ],
  General: [
    "Smoke detector in the hallway chirps every minute.",
    "Paint peeling on the bathroom ceiling after showers.",
    "Hallway light bulb out, fixture too high to reach.",
  ],
};

const VENDORS = [
  {
    company: "ABC Plumbing",
    contactName: "Tony Reed",
    categories: ["Plumbing"],
    hourly: 9500,
    callOut: 7500,
    insuranceDays: 300,
  },
  {
    company: "BrightSpark Electric",
    contactName: "Lena Ortiz",
    categories: ["Electrical", "General"],
    hourly: 11000,
    callOut: 9000,
    insuranceDays: 120,
  },
  {
    company: "Comfort Air HVAC",
    contactName: "Will Grant",
    categories: ["HVAC"],
    hourly: 12000,
    callOut: 9900,
    insuranceDays: 200,
  },
  {
    company: "ApplianceDoc",
    contactName: "Rita Moss",
    categories: ["Appliances"],
    hourly: 8500,
    callOut: 6000,
    insuranceDays: 45,
  },
  {
    company: "SolidBuild Handyman",
    contactName: "Dev Shah",
    categories: ["Structural", "General", "Plumbing"],
    hourly: 7000,
    callOut: 5000,
    insuranceDays: -12,
  },
  {
    company: "PestAway",
    contactName: "June Park",
    categories: ["Pest control"],
    hourly: 9000,
    callOut: 8000,
    insuranceDays: 400,
  },
];

export type SeedOptions = { history?: boolean };

export async function seedDemo(prisma: Db, now = new Date(), options: SeedOptions = {}): Promise<boolean> {
  if (await prisma.organization.findFirst({ where: { name: DEMO_ORG } })) return false;
  const rand = rng(42);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const days = (n: number) => new Date(now.getTime() - n * 86_400_000);

  const org = await prisma.organization.create({
    data: {
      name: DEMO_ORG,
      timeZone: "America/New_York",
      emergencyHotline: "+1 555 0100 911",
      afterHoursInstructions:
        "For emergencies outside office hours call the hotline; for gas smells leave the building first.",
      slaTargets: { create: DEFAULT_SLA },
      holidays: {
        create: [
          { date: new Date("2026-11-26"), name: "Thanksgiving" },
          { date: new Date("2026-12-25"), name: "Christmas Day" },
        ],
      },
    },
  });
  const cats: { id: string; name: string; tips: string[] }[] = [];
  for (const [i, c] of CATEGORIES.entries())
    cats.push(await prisma.category.create({ data: { orgId: org.id, sortOrder: i, ...c } }));

  const user = (
    email: string,
    name: string,
    role: "ADMIN" | "MANAGER" | "OWNER" | "TENANT" | "TECHNICIAN",
    phone?: string,
  ) => prisma.user.create({ data: { orgId: org.id, email, name, role, phone, emailVerified: days(100) } });
  await user("admin@fixwell.example", "Avery Admin", "ADMIN");
  const managers = [
    await user("dana.reyes@fixwell.example", "Dana Reyes", "MANAGER", "+15550100201"),
    await user("sam.wolfe@fixwell.example", "Sam Wolfe", "MANAGER", "+15550100202"),
  ];
  await user("tech.kai@fixwell.example", "Kai Turner", "TECHNICIAN", "+15550100301");
  const ownerUsers = [
    await user("olivia.grant@owners.example", "Olivia Grant", "OWNER"),
    await user("henry.lam@owners.example", "Henry Lam", "OWNER"),
  ];
  const owners = [];
  for (const u of ownerUsers)
    owners.push(await prisma.owner.create({ data: { orgId: org.id, userId: u.id, name: u.name, email: u.email } }));

  const units: { id: string; propertyId: string; label: string; tenantId: string; tenantName: string }[] = [];
  const historyUnits: HistoryWorld["units"] = [];
  let t = 0;
  for (const [pi, p] of PROPERTIES.entries()) {
    const property = await prisma.property.create({
      data: {
        orgId: org.id,
        name: p.name,
        slug: p.slug,
        address: p.address,
        ownerId: owners[pi === 1 ? 1 : 0].id,
        defaultResponsibleId: managers[pi === 2 ? 1 : 0].id, // new requests start with their manager responsible (issue 18)
      },
    });
    await prisma.propertyManager.create({ data: { userId: managers[pi === 2 ? 1 : 0].id, propertyId: property.id } });
    const owner = owners[pi === 1 ? 1 : 0];
    const forHistory = { ...property, manager: managers[pi === 2 ? 1 : 0], owner: { ...owner, userId: owner.userId! } };
    await prisma.onCallContact.create({
      data: {
        propertyId: property.id,
        position: 1,
        name: managers[pi === 2 ? 1 : 0].name,
        phone: managers[pi === 2 ? 1 : 0].phone!,
      },
    });
    for (let n = 0; n < 10; n++) {
      const floor = 1 + (n % p.floors);
      const label = `${floor}${String.fromCharCode(65 + Math.floor(n / p.floors))}`;
      const unit = await prisma.unit.create({ data: { propertyId: property.id, label, floor } });
      const name = `${FIRST[t]} ${LAST[t]}`;
      const email =
        t === 0 ? "tenant@fixwell.example" : `${FIRST[t].toLowerCase()}.${LAST[t].toLowerCase()}@tenants.example`;
      const tenant = await user(email, name, "TENANT", `+1555020${String(t).padStart(4, "0")}`);
      await prisma.tenantProfile.create({
        data: {
          userId: tenant.id,
          unitId: unit.id,
          leaseStart: days(400 - t * 7),
          permissionToEnter: t % 3 !== 0,
          gateCodeEnc: encrypt(`${4100 + t}#`),
          lockboxCodeEnc: t % 2 === 0 ? encrypt(`${7300 + t * 3}`) : null,
          pets: t % 4 === 0 ? "One friendly dog" : t % 5 === 0 ? "Cat, please keep doors closed" : "",
          preferredTimes: t % 2 === 0 ? "Weekday mornings" : "After 3 pm",
          contactMethod: t % 3 === 0 ? "SMS" : "EMAIL",
        },
      });
      units.push({ id: unit.id, propertyId: property.id, label, tenantId: tenant.id, tenantName: name });
      historyUnits.push({ id: unit.id, property: forHistory, label, tenant, leaseStart: days(400 - t * 7) });
      t++;
    }
  }

  const vendors = [];
  for (const [i, v] of VENDORS.entries()) {
    const vendor = await prisma.vendor.create({
      data: {
        orgId: org.id,
        company: v.company,
        contactName: v.contactName,
        email: `${v.company.toLowerCase().replace(/[^a-z]+/g, ".")}@vendors.example`,
        phone: `+1555030${String(i).padStart(4, "0")}`,
        hourlyRateCents: v.hourly,
        callOutFeeCents: v.callOut,
        insuranceNumber: `INS-${1000 + i}`,
        insuranceExpiresAt: new Date(now.getTime() + v.insuranceDays * 86_400_000),
        licenceNumber: `LIC-${2000 + i}`,
        licenceExpiresAt: new Date(now.getTime() + 365 * 86_400_000),
        categories: {
          create: v.categories.map((name, rank) => ({
            categoryId: cats.find((c) => c.name === name)!.id,
            rank: rank + 1,
          })),
        },
      },
    });
    vendors.push({ ...vendor, categoryNames: v.categories });
  }

  // ~60 work orders spread over 90 days, in every status, each with the events that got it there.
  const statuses: WorkOrderStatus[] = ["NEW", "ASSIGNED", "SCHEDULED", "COMPLETED", "CLOSED", "CANCELLED"];
  const weights = [8, 10, 8, 6, 24, 4];
  const priorities: Priority[] = ["EMERGENCY", "URGENT", "ROUTINE", "ROUTINE", "ROUTINE", "LOW"];
  const cal = { timeZone: org.timeZone, workingDays: org.workingDays, holidays: ["2026-11-26", "2026-12-25"] };
  // Each manager's first new request is days past its response target, whatever the day and hour
  // the demo is seeded (the others' targets may fall on a weekend or after hours, in business time):
  // the Breached view always has something to show.
  const overdueFor = new Set<string>();
  let index = 0;
  for (const [si, status] of statuses.entries()) {
    for (let k = 0; k < weights[si]; k++, index++) {
      const unit = units[(index * 7) % units.length];
      const cat = cats[(index * 3 + k) % cats.length];
      const manager = managers[Math.floor(units.indexOf(unit) / 10) === 2 ? 1 : 0]; // Oak Terrace is Sam's
      const overdue = status === "NEW" && !overdueFor.has(manager.id);
      if (overdue) overdueFor.add(manager.id);
      const picked = pick(priorities);
      // Urgent: its 24 hours run on the calendar, so three days old is overdue on any day.
      const priority = overdue ? "URGENT" : picked;
      const open = ["NEW", "ASSIGNED", "SCHEDULED"].includes(status);
      const r = rand();
      const ageDays = overdue ? 3 + r : open ? 0.2 + r * (status === "NEW" ? 4 : 12) : 8 + r * 80;
      const createdAt = days(ageDays);
      const vendor =
        vendors.find((v) => v.categoryNames.includes(cat.name) && v.company !== "SolidBuild Handyman") ?? vendors[4];
      const step = (h: number) => new Date(createdAt.getTime() + h * 3_600_000);
      const events: {
        type: string;
        fromStatus?: WorkOrderStatus;
        toStatus?: WorkOrderStatus;
        createdAt: Date;
        actorId?: string;
        actorLabel: string;
        details?: object;
      }[] = [
        {
          type: "CREATED",
          toStatus: "NEW",
          createdAt,
          actorId: unit.tenantId,
          actorLabel: unit.tenantName,
          details: { priority },
        },
      ];
      const reached = (s: WorkOrderStatus) => statuses.indexOf(status) >= statuses.indexOf(s) && status !== "CANCELLED";
      let windowStart: Date | undefined;
      if (reached("ASSIGNED"))
        events.push({
          type: "STATUS_CHANGED",
          fromStatus: "NEW",
          toStatus: "ASSIGNED",
          createdAt: step(2),
          actorId: manager.id,
          actorLabel: manager.name,
          details: { vendor: vendor.company },
        });
      if (reached("SCHEDULED")) {
        windowStart = step(26);
        events.push({
          type: "STATUS_CHANGED",
          fromStatus: "ASSIGNED",
          toStatus: "SCHEDULED",
          createdAt: step(5),
          actorId: manager.id,
          actorLabel: manager.name,
          details: { windowStart: windowStart.toISOString(), windowEnd: step(29).toISOString() },
        });
      }
      if (reached("COMPLETED"))
        events.push({
          type: "STATUS_CHANGED",
          fromStatus: "SCHEDULED",
          toStatus: "COMPLETED",
          createdAt: step(30),
          actorLabel: vendor.company,
          details: { notes: "Repaired and tested; all working." },
        });
      if (reached("CLOSED"))
        events.push({
          type: "STATUS_CHANGED",
          fromStatus: "COMPLETED",
          toStatus: "CLOSED",
          createdAt: step(50),
          actorId: unit.tenantId,
          actorLabel: unit.tenantName,
        });
      if (status === "CANCELLED")
        events.push({
          type: "STATUS_CHANGED",
          fromStatus: "NEW",
          toStatus: "CANCELLED",
          createdAt: step(3),
          actorId: unit.tenantId,
          actorLabel: unit.tenantName,
          details: { reason: "Fixed it myself with the tip shown." },
        });

      await prisma.workOrder.create({
        data: {
          orgId: org.id,
          propertyId: unit.propertyId,
          unitId: unit.id,
          categoryId: cat.id,
          reporterId: unit.tenantId,
          // The property's manager answers for it; one new request is still waiting for someone to take it on.
          responsibleId: status === "NEW" && k === 1 ? null : manager.id,
          tenantSeverity: priority,
          priority,
          status,
          description: pick(PROBLEMS[cat.name]),
          vendorId: reached("ASSIGNED") ? vendor.id : null,
          windowStart,
          windowEnd: windowStart ? step(29) : null,
          firstResponseAt: reached("ASSIGNED") ? step(2) : null,
          // The vendor's side, for their scorecard: accepted within hours, arrived in the window (one in five late).
          assignedAt: reached("ASSIGNED") ? step(2) : null,
          acceptedAt: reached("SCHEDULED") ? step(2.5 + (k % 3)) : null,
          departedAt: reached("COMPLETED") ? step(25.5 + (k % 5 === 4 ? 3.5 : 0)) : null,
          arrivedAt: reached("COMPLETED") ? step(k % 5 === 4 ? 29.5 : 26 + (k % 4) * 0.5) : null,
          completedAt: reached("COMPLETED") ? step(30) : null,
          closedAt: reached("CLOSED") ? step(50) : null,
          cancelledAt: status === "CANCELLED" ? step(3) : null,
          completionNotes: reached("COMPLETED") ? "Repaired and tested; all working." : null,
          actualCostCents: reached("COMPLETED") ? 8000 + Math.round(rand() * 40000) : null,
          holdReason: status === "ASSIGNED" && k === 0 ? "WAITING_FOR_PARTS" : null,
          holdNote: status === "ASSIGNED" && k === 0 ? "Replacement valve ordered, arrives Friday" : null,
          createdAt,
          ...computeDueTimes(priority, createdAt, DEFAULT_SLA, cal, DEFAULT_TIMINGS.slaAtRiskPercent),
          events: { create: events },
        },
      });
    }
  }
  if (options.history) {
    const world: HistoryWorld = {
      orgId: org.id,
      calendar: cal,
      limits: { managerLimitCents: org.managerApprovalLimitCents, ownerLimitCents: org.ownerNotifyLimitCents },
      categories: cats,
      units: historyUnits,
      vendors: vendors.map((v) => ({
        ...v,
        hourlyRateCents: v.hourlyRateCents ?? 0,
        callOutFeeCents: v.callOutFeeCents ?? 0,
      })),
      problems: PROBLEMS,
    };
    await seedHistory(prisma, world, now);
  }
  return true;
}
