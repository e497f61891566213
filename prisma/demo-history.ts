// A year of finished work for the demo portal (issue 17 §7), so its reports have something to say.
// Planned in memory from a seeded random and the caller's `now`, then written with one createMany
// per table. The stories the reports should find:
//   - seasons: HVAC peaks in summer (cooling) and winter (heating), plumbing in winter, pests in summer;
//   - a slow vendor: SolidBuild Handyman is slow to accept and to book, arrives late, gets called
//     back, is rated lower and runs over its estimates (cheap by the hour, dear by the job);
//   - a slower property: Oak Terrace's requests wait longer for a first answer and a visit;
//   - a repeat-issue unit: Harbor View 3B's bathroom ceiling leaks again every five weeks;
//   - owners: Harbor View's owner takes days to approve an estimate, Maple Court's the same day.
// Every history work order is CLOSED or CANCELLED and was created at least QUIET_DAYS before `now`:
// the open queue, the current demo rows and their tracking numbers (history is written after them)
// stay as they were.
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { Priority } from "@/lib/db/generated/enums";
import type { Calendar } from "@/lib/work-orders/sla";
import { DAY, HOUR, demoClock } from "./demo-history-clock";
import { live, type HistoryUnit, type HistoryVendor, type Lived, type Request } from "./demo-history-life";
import { FOLLOW_UP, HVAC_PROBLEMS, PRIORITY_MIX, REPEAT_LEAK, SEASONS, SLOW_VENDOR, YEARLY } from "./demo-history-text";
import { rng } from "./demo-random";

export type HistoryWorld = {
  orgId: string;
  calendar: Calendar;
  limits: { managerLimitCents: number; ownerLimitCents: number };
  categories: { id: string; name: string; tips: string[] }[];
  units: HistoryUnit[];
  vendors: (HistoryVendor & { categoryNames: string[]; insuranceExpiresAt: Date | null })[];
  problems: Record<string, string[]>;
};

export type HistoryPlan = {
  workOrders: Prisma.WorkOrderCreateManyInput[];
  events: Prisma.WorkOrderEventCreateManyInput[];
  estimates: Prisma.CostEstimateCreateManyInput[];
  approvals: Prisma.CostApprovalCreateManyInput[];
  selfHelp: Prisma.SelfHelpOutcomeCreateManyInput[];
};

export const HISTORY_DAYS = 365;
/** The last days before `now` hold no history: what was asked then is the current demo's open work. */
export const QUIET_DAYS = 15;
export const REPEAT_UNIT = { property: "Harbor View Apartments", label: "3B", category: "Plumbing" };
/** Days before `now` when Harbor View 3B's leak came back: about five weeks apart, so each is a repeat, not a callback. */
const REPEAT_DAYS = [360, 326, 292, 258, 224, 190, 156, 122, 88, 54, 20];
const PROPERTY_WEIGHT: Record<string, number> = { "Harbor View Apartments": 1.3, "Oak Terrace": 0.8 };
const PRIORITIES: Priority[] = ["EMERGENCY", "URGENT", "ROUTINE", "LOW"];

export function planHistory(world: HistoryWorld, now: Date): HistoryPlan {
  const rand = rng(2017);
  const between = (a: number, b: number) => a + rand() * (b - a);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const clock = demoClock(world.calendar);
  let serial = 0;
  const id = (kind: string) => `demo${kind}${(serial++).toString(36).padStart(6, "0")}`;
  const ctx = { id, rand, clock, orgId: world.orgId, calendar: world.calendar, limits: world.limits };
  const end = now.getTime();
  const lives: Lived[] = [];
  const selfHelp: Prisma.SelfHelpOutcomeCreateManyInput[] = [];
  // Per unit and category: when its last request ended and was last completed. A new request waits
  // for the last to end, and (unless it is a planned callback) for 30 days after a completion.
  const state = new Map<string, { busyUntil: number; lastCompleted: number }>();
  const pending: {
    at: number;
    unit: HistoryUnit;
    category: HistoryWorld["categories"][number];
    text: string;
    priority?: Priority;
  }[] = [];
  const category = (name: string) => world.categories.find((c) => c.name === name)!;
  const repeatUnit = world.units.find(
    (u) => u.property.name === REPEAT_UNIT.property && u.label === REPEAT_UNIT.label,
  )!;
  for (const d of REPEAT_DAYS)
    pending.push({
      at: clock.at(clock.parts(end - d * DAY).ymd, between(7, 21)),
      unit: repeatUnit,
      category: category(REPEAT_UNIT.category),
      text: REPEAT_LEAK,
      priority: "URGENT",
    });

  const vendorFor = (cat: string, at: number, repeat: boolean): Pick<Request, "vendor" | "before"> | null => {
    const options = world.vendors.filter((v) => v.categoryNames.includes(cat));
    const slow = options.find((v) => v.company === SLOW_VENDOR);
    const other = options.find((v) => v.company !== SLOW_VENDOR);
    const valid = (v?: HistoryWorld["vendors"][number]) =>
      v && (!v.insuranceExpiresAt || v.insuranceExpiresAt.getTime() > at + 3 * DAY);
    let vendor = slow && other && !repeat && rand() < (cat === "General" ? 0.5 : 0.3) ? slow : (other ?? slow);
    if (!valid(vendor)) vendor = valid(other) ? other : undefined;
    if (!vendor) return null;
    if (slow && other && vendor === slow && rand() < 0.15)
      return { vendor: other, before: { vendor: slow, how: "lost" } };
    if (slow && other && !repeat && rand() < 0.08)
      return { vendor, before: { vendor: vendor === slow ? other : slow, how: "declined" } };
    return { vendor };
  };

  const open = (
    at: number,
    unit: HistoryUnit,
    cat: HistoryWorld["categories"][number],
    text: string,
    priority: Priority,
  ) => {
    if (at >= end - QUIET_DAYS * DAY) return;
    const who = vendorFor(cat.name, at, unit === repeatUnit);
    if (!who) return;
    const lived = live(ctx, { createdAt: at, unit, category: cat, priority, description: text, ...who });
    if (lived.end >= end - HOUR) return; // not finished by now: it would be open work
    lives.push(lived);
    const key = `${unit.id}|${cat.id}`;
    const last = state.get(key);
    const stopped = lived.workOrder.closedAt ?? lived.workOrder.cancelledAt!;
    state.set(key, {
      busyUntil: new Date(stopped).getTime(),
      lastCompleted: lived.completedAt ?? last?.lastCompleted ?? -Infinity,
    });
    if (lived.followUpAt) pending.push({ at: lived.followUpAt, unit, category: cat, text: FOLLOW_UP });
  };

  const describe = (cat: string, month: number) => {
    if (cat !== "HVAC") return pick(world.problems[cat]);
    const season =
      month >= 5 && month <= 9 ? HVAC_PROBLEMS.cooling : month <= 3 || month >= 11 ? HVAC_PROBLEMS.heating : [];
    return pick([...season, ...season, ...HVAC_PROBLEMS.other]);
  };
  const priorityFor = (cat: string) => {
    const mix = PRIORITY_MIX[cat];
    let r = rand();
    for (const [i, share] of mix.entries()) if ((r -= share) < 0) return PRIORITIES[i];
    return "ROUTINE";
  };
  const unitFor = (cat: string, month: number) => {
    // Oak Terrace's late-summer cockroaches: pest control there is four times as likely in July and August.
    const weight = (u: HistoryUnit) =>
      (PROPERTY_WEIGHT[u.property.name] ?? 1) *
      (cat === "Pest control" && u.property.name === "Oak Terrace" && [7, 8].includes(month) ? 4 : 1);
    const total = world.units.reduce((a, u) => a + weight(u), 0);
    let r = rand() * total;
    for (const u of world.units) if ((r -= weight(u)) < 0) return u;
    return world.units[world.units.length - 1];
  };

  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  for (let d = HISTORY_DAYS; d >= QUIET_DAYS; d--) {
    const day = clock.parts(end - d * DAY);
    const dayEnd = clock.at(day.ymd, 0) + DAY;
    for (const p of pending.filter((x) => x.at < dayEnd)) {
      pending.splice(pending.indexOf(p), 1);
      const s = state.get(`${p.unit.id}|${p.category.id}`);
      if (!s || p.at > s.busyUntil) open(p.at, p.unit, p.category, p.text, p.priority ?? priorityFor(p.category.name));
    }
    const weekend = day.weekday >= 6;
    for (const cat of world.categories) {
      const season = SEASONS[cat.name] ? SEASONS[cat.name][day.month - 1] / mean(SEASONS[cat.name]) : 1;
      const lambda = ((YEARLY[cat.name] ?? 30) / 365) * season * (weekend ? 0.75 : 1.1) * (d < 90 ? 0.75 : 1);
      for (let k = Math.floor(lambda + rand()); k > 0; k--) {
        const priority = priorityFor(cat.name);
        const at = clock.at(day.ymd, priority === "EMERGENCY" ? between(0, 23.9) : between(7, 22));
        for (let tries = 0; tries < 6; tries++) {
          const unit = unitFor(cat.name, day.month);
          if (unit === repeatUnit && cat.name === REPEAT_UNIT.category) continue;
          const s = state.get(`${unit.id}|${cat.id}`);
          if (s && (at <= s.busyUntil || at <= s.lastCompleted + 31 * DAY)) continue;
          open(at, unit, cat, describe(cat.name, day.month), priority);
          break;
        }
      }
      // "This fixed it": a tip solved it and nothing was sent.
      if (cat.tips.length && rand() < 0.04) {
        const unit = unitFor(cat.name, day.month);
        const at = clock.at(day.ymd, between(7, 22));
        const userId = at >= unit.leaseStart.getTime() ? unit.tenant.id : null;
        selfHelp.push({ orgId: world.orgId, categoryId: cat.id, unitId: unit.id, userId, createdAt: new Date(at) });
      }
    }
  }

  lives.sort((a, b) => +a.workOrder.createdAt! - +b.workOrder.createdAt!);
  return {
    workOrders: lives.map((l) => l.workOrder),
    events: lives.flatMap((l) => l.events),
    estimates: lives.flatMap((l) => (l.estimate ? [l.estimate] : [])),
    approvals: lives.flatMap((l) => (l.approval ? [l.approval] : [])),
    selfHelp,
  };
}

/** Writes the year: a few statements, so it stays quick on the embedded database. */
export async function seedHistory(prisma: Db, world: HistoryWorld, now: Date): Promise<number> {
  const plan = planHistory(world, now);
  // In creation order, so tracking numbers follow the calendar (after the current demo's).
  await prisma.$transaction([
    prisma.workOrder.createMany({ data: plan.workOrders }),
    prisma.workOrderEvent.createMany({ data: plan.events }),
    prisma.costEstimate.createMany({ data: plan.estimates }),
    prisma.costApproval.createMany({ data: plan.approvals }),
    prisma.selfHelpOutcome.createMany({ data: plan.selfHelp }),
  ]);
  return plan.workOrders.length;
}
