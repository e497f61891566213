// CSV import of a property's units and tenants. Preview lists every row with its problems; import
// re-checks and writes all of it in one transaction, or nothing. Re-importing the same file is a
// no-op in effect: units are found by label, tenants by email (and only ours are updated).
import "server-only";
import { asActor } from "@/lib/audit/as-actor";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { msg, type Msg } from "@/lib/i18n/translate";
import { CsvError, csvRecords } from "@/lib/directory/csv";
import { allow, found, ownProperty } from "@/lib/directory/guard";
import { csvRowSchema, type CsvRow } from "@/lib/directory/schemas";

export const MAX_ROWS = 2000;
export type PreviewRow = { line: number; unit: string; tenant: string; errors: (Msg | string)[]; action: string };
export type Preview = { rows: PreviewRow[]; errorCount: number; fileError?: string; ok: CsvRow[] };

export async function previewImport({
  actor,
  propertyId,
  csv,
}: {
  actor: Actor;
  propertyId: string;
  csv: string;
}): Promise<Preview> {
  allow(actor, "directory:edit");
  found(await db().property.findFirst({ where: ownProperty(actor, propertyId) }));
  let parsed: ReturnType<typeof csvRecords>;
  try {
    parsed = csvRecords(csv);
  } catch (e) {
    if (e instanceof CsvError) return { rows: [], errorCount: 1, fileError: e.message, ok: [] };
    throw e;
  }
  if (!parsed.header.includes("unit"))
    return {
      rows: [],
      errorCount: 1,
      fileError: "import.v.header",
      ok: [],
    };
  if (parsed.records.length > MAX_ROWS)
    return { rows: [], errorCount: 1, fileError: `Import at most ${MAX_ROWS} rows at a time.`, ok: [] };
  const units = new Set(
    (await db().unit.findMany({ where: { propertyId }, select: { label: true } })).map((u) => u.label),
  );
  const emails = parsed.records.map((r) => r.values.tenant_email?.trim().toLowerCase()).filter(Boolean);
  // Someone else's address: any user who is not a tenant of a property this actor manages.
  const users = await db().user.findMany({
    where: { email: { in: emails } },
    include: { tenantProfile: { include: { unit: true } } },
  });
  const mine = (u: (typeof users)[number]) =>
    u.orgId === actor.orgId &&
    u.role === "TENANT" &&
    !!u.tenantProfile &&
    actor.propertyIds.includes(u.tenantProfile.unit.propertyId);
  const seenUnits = new Map<string, number>();
  const seenEmails = new Map<string, number>();
  const rows: PreviewRow[] = [];
  const ok: CsvRow[] = [];
  for (const rec of parsed.records) {
    const r = csvRowSchema.safeParse(rec.values);
    const errors: (Msg | string)[] = r.success ? [] : [...new Set(r.error.issues.map((i) => i.message))];
    const label = rec.values.unit?.trim() ?? "";
    if (label && seenUnits.has(label))
      errors.push(msg("import.v.unitTwice", { unit: label, line: seenUnits.get(label)! }));
    else if (label) seenUnits.set(label, rec.line);
    let action = "";
    if (r.success) {
      const email = r.data.tenant_email;
      if (email && seenEmails.has(email)) errors.push(msg("import.v.emailTwice", { line: seenEmails.get(email)! }));
      else if (email) seenEmails.set(email, rec.line);
      const user = email ? users.find((u) => u.email === email) : undefined;
      if (user && !mine(user)) errors.push("dir.v.emailTaken");
      action = `${units.has(r.data.unit) ? "unit exists" : "new unit"}${email ? (user ? ", update tenant" : ", new tenant") : ""}`;
      if (!errors.length) ok.push(r.data);
    }
    rows.push({
      line: rec.line,
      unit: label,
      tenant: [rec.values.tenant_name, rec.values.tenant_email].filter(Boolean).join(" · "),
      errors,
      action,
    });
  }
  return { rows, errorCount: rows.filter((r) => r.errors.length).length, ok };
}

export async function importUnits({
  actor,
  propertyId,
  csv,
  now,
}: {
  actor: Actor;
  propertyId: string;
  csv: string;
  now: Date;
}) {
  const preview = await previewImport({ actor, propertyId, csv });
  if (preview.errorCount)
    throw preview.fileError
      ? new AppError("INVALID_INPUT", "import.nothingFile", undefined, { problem: preview.fileError })
      : new AppError(
          "INVALID_INPUT",
          preview.errorCount === 1 ? "import.nothingRow" : "import.nothingRows",
          undefined,
          {
            count: preview.errorCount,
          },
        );
  return asActor(
    actor,
    now,
    async (tx) => {
      let units = 0,
        tenants = 0;
      for (const row of preview.ok) {
        const unit = await tx.unit.upsert({
          where: { propertyId_label: { propertyId, label: row.unit } },
          create: { propertyId, label: row.unit, floor: row.floor ?? null },
          update: row.floor === undefined ? {} : { floor: row.floor },
        });
        units++;
        if (!row.tenant_email) continue;
        const data = {
          name: row.tenant_name!,
          phone: row.tenant_phone ?? null,
          ...(row.contact_method ? { contactMethod: row.contact_method } : {}),
        };
        const user = await tx.user.upsert({
          where: { email: row.tenant_email },
          create: { ...data, email: row.tenant_email, orgId: actor.orgId, role: "TENANT" },
          update: data,
        });
        // The preview checked the address is ours; this guards the moment between preview and write.
        if (user.orgId !== actor.orgId || user.role !== "TENANT")
          throw new AppError("INVALID_INPUT", "import.otherPerson", undefined, { email: row.tenant_email });
        await tx.tenantProfile.upsert({
          where: { userId: user.id },
          create: {
            userId: user.id,
            unitId: unit.id,
            ...(row.contact_method ? { contactMethod: row.contact_method } : {}),
          },
          update: { unitId: unit.id },
        });
        tenants++;
      }
      return { units, tenants };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
