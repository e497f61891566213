// The request form's severity definitions follow the SLA targets an admin edits (issue 18): change
// the Urgent target and the form says the new time, in English and in Spanish.
import { beforeAll, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { en } from "@/lib/i18n/messages/en";
import { es } from "@/lib/i18n/messages/es";
import { translator } from "@/lib/i18n/translate";
import { saveSlaTarget } from "@/lib/settings/save-sla-target";
import { severityTargets } from "@/lib/work-orders/page-reads";
import { durationWords } from "@/lib/work-orders/sla-words";
import { seedDemo } from "@/prisma/seed";
import { actorFor } from "./actors";

const t = translator("en", en);
const tEs = translator("es", es);
let admin: Actor;
beforeAll(async () => {
  await seedDemo(db(), new Date("2026-12-01T15:00:00Z"));
  admin = await actorFor("admin@fixwell.example");
});

const urgentWords = async (tr = t) => {
  const u = (await severityTargets(admin.orgId)).URGENT;
  return tr("severity.URGENT.definition", { response: tr(durationWords(u.responseMinutes, u.businessTime)) });
};

const now = new Date();

it("says the Urgent target, before and after an admin changes it", async () => {
  expect(await urgentWords()).toBe("Major inconvenience that could get worse: we respond within 24 hours.");
  expect(await urgentWords(tEs)).toBe("Una molestia grande que puede empeorar: respondemos en menos de 24 horas.");
  await saveSlaTarget({
    actor: admin,
    now,
    input: { priority: "URGENT", responseHours: 6, resolutionHours: 36, businessTime: false },
  });
  expect(await urgentWords()).toBe("Major inconvenience that could get worse: we respond within 6 hours.");
  expect(await urgentWords(tEs)).toBe("Una molestia grande que puede empeorar: respondemos en menos de 6 horas.");
});

it("falls back to the default targets where none is set", async () => {
  await db().slaTarget.deleteMany({ where: { orgId: admin.orgId, priority: "LOW" } });
  expect((await severityTargets(admin.orgId)).LOW).toEqual({
    responseMinutes: 7 * 24 * 60,
    resolutionMinutes: 30 * 24 * 60,
    businessTime: true,
  });
});
