// Vendor papers on real PostgreSQL (issue 8, part 3): the cron step run twice at once over vendors
// at 60, 30 and 7 days and expired does each notice once; the upload link reads without changing
// anything, is refused once replaced or expired, and an upload through it renews the vendor's
// papers (the assignment blocks lift); a file that is not a PDF or a photo is refused. The session
// is the one thing stubbed (for the download route), as in upload-routes.test.ts.
import { NextRequest } from "next/server";
import sharp from "sharp";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/session";
import { english } from "../support/english";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ currentActor: async () => session.actor }));

const { GET: download } = await import("@/app/(staff)/dashboard/directory/vendors/[id]/documents/[docId]/route");
const { chaseVendorPapers } = await import("@/lib/cron/vendor-compliance");
const { decrypt } = await import("@/lib/crypto");
const { db } = await import("@/lib/db/client");
const { autoAssignBlock } = await import("@/lib/work-orders/vendor-compliance");
const { AppError } = await import("@/lib/errors");
const { storage } = await import("@/lib/uploads/storage");
const { readPapersLink } = await import("@/lib/vendors/compliance-link");
const { sendPapersLink } = await import("@/lib/vendors/compliance-send-link");
const { uploadVendorDocument } = await import("@/lib/vendors/compliance-upload");
const { complianceProblems } = await import("@/lib/work-orders/vendor-compliance");
const { seedDemo } = await import("@/prisma/seed");
const { actorFor } = await import("./actors");

const DAY = 86_400_000;
const HOUR = 3_600_000;
const now = new Date();
/** A date `years` ahead of now's year (papers must expire in the future, whatever the date today). */
const Y = now.getUTCFullYear();
const ahead = (years: number, monthDay: string) => `${Y + years}-${monthDay}`;
const at = (days: number) => new Date(now.getTime() + days * DAY);
const PDF = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
const file = (bytes: Buffer | string, name: string) => new File([new Uint8Array(Buffer.from(bytes))], name);

let admin: Actor, manager: Actor, orgId: string;
const v: Record<string, { id: string; email: string }> = {};

async function vendor(name: string, insuranceDays: number | null, licenceDays: number | null = 365) {
  v[name] = await db().vendor.create({
    data: {
      orgId,
      company: `Papers ${name}`,
      contactName: "Pat Papers",
      email: `papers.${name.toLowerCase()}@vendors.example`,
      insuranceNumber: `INS-${name}`,
      insuranceExpiresAt: insuranceDays === null ? null : at(insuranceDays),
      licenceNumber: `LIC-${name}`,
      licenceExpiresAt: licenceDays === null ? null : at(licenceDays),
    },
  });
}
const toVendor = (name: string) =>
  db().outboxMessage.findMany({ where: { recipient: v[name].email }, orderBy: { createdAt: "asc" } });
const links = (name: string) =>
  db().actionToken.findMany({ where: { subjectId: v[name].id, purpose: "VENDOR_COMPLIANCE" } });
const tokenOf = (m: { secretEnc: string | null }) => decrypt(m.secretEnc!).split("/v/papers/")[1];

beforeAll(async () => {
  await seedDemo(db());
  admin = await actorFor("admin@fixwell.example");
  manager = await actorFor("dana.reyes@fixwell.example");
  orgId = admin.orgId;
  await vendor("Sixty", 59.5);
  await vendor("Thirty", 29.5);
  await vendor("Seven", 6.5);
  await vendor("Late", 400, 20); // licence at 20 days, its 60-day reminder never sent: only the 30-day one
  await vendor("Expired", -0.5);
  await vendor("Fine", 200);
  await vendor("None", null, null);
  // The expired vendor has open jobs at Maple Court (Dana's) and Oak Terrace (Sam's).
  for (const property of ["Maple Court", "Oak Terrace"]) {
    const wo = await db().workOrder.findFirstOrThrow({
      where: { property: { name: property }, status: { in: ["ASSIGNED", "SCHEDULED"] } },
      orderBy: { trackingNumber: "asc" },
    });
    await db().workOrder.update({ where: { id: wo.id }, data: { vendorId: v.Expired.id } });
  }
});

beforeEach(() => {
  session.actor = null;
});

describe("the cron step: two at once, then a retry", () => {
  it("reminds each vendor once, at the nearest threshold, and tells staff of an expiry once", async () => {
    const [a, b] = await Promise.all([chaseVendorPapers(now), chaseVendorPapers(now)]);
    expect([a, b].filter((x) => x === "busy").length).toBeLessThanOrEqual(1);

    const reminders = async (name: string) => (await toVendor(name)).map((m) => [m.template, m.subject]);
    expect(await reminders("Sixty")).toEqual([
      ["vendor-papers-reminder", expect.stringMatching(/^Your insurance expires on \d+ \w+ \d{4}$/)],
    ]);
    expect((await toVendor("Sixty"))[0].dedupeKey).toMatch(/:INSURANCE:.*:60:vendor:EMAIL$/);
    expect((await toVendor("Thirty"))[0].dedupeKey).toMatch(/:INSURANCE:.*:30:vendor:EMAIL$/);
    expect((await toVendor("Seven")).map((m) => m.dedupeKey)).toEqual([
      expect.stringMatching(/:INSURANCE:.*:7:vendor:EMAIL$/),
    ]);
    expect((await toVendor("Late")).map((m) => m.dedupeKey)).toEqual([
      expect.stringMatching(/:LICENCE:.*:30:vendor:EMAIL$/),
    ]);
    expect(await reminders("Expired")).toEqual([
      ["vendor-papers-expired", expect.stringMatching(/^Your insurance expired on/)],
    ]);
    expect(await toVendor("Fine")).toEqual([]);
    expect(await toVendor("None")).toEqual([]);

    // Each reminder carries a link of its own, encrypted in the outbox, never in the body.
    const [sixty] = await toVendor("Sixty");
    expect(sixty.body).toContain("{{link}}");
    expect(sixty.body).toMatch(/expires on \d+ \w+ \d{4}, in 60 days\. /); // 59.5 days: the 60th day is the last
    const token = tokenOf(sixty);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(JSON.stringify([await db().outboxMessage.findMany(), await db().actionToken.findMany()])).not.toContain(
      token,
    );
    expect((await readPapersLink(token, now)).state).toBe("valid");
    for (const name of ["Sixty", "Thirty", "Seven", "Late", "Expired"]) expect(await links(name), name).toHaveLength(1);
    expect(await links("Fine")).toHaveLength(0);

    // Staff: every admin (all jobs) and the managers of the properties of the open jobs (theirs).
    const staff = await db().outboxMessage.findMany({
      where: { template: "vendor-papers-expired-staff", dedupeKey: { contains: v.Expired.id } },
    });
    expect(staff.map((m) => m.recipient).sort()).toEqual([
      "admin@fixwell.example",
      "dana.reyes@fixwell.example",
      "sam.wolfe@fixwell.example",
    ]);
    const jobs = await db().workOrder.findMany({
      where: { vendorId: v.Expired.id },
      include: { property: true },
      orderBy: { trackingNumber: "asc" },
    });
    const body = (to: string) => staff.find((m) => m.recipient === to)!.body;
    expect(body("admin@fixwell.example")).toContain(`Open jobs affected (2): #${jobs[0].trackingNumber}`);
    expect(body("admin@fixwell.example")).toContain(`#${jobs[1].trackingNumber}`);
    const maple = jobs.find((j) => j.property.name === "Maple Court")!;
    const oak = jobs.find((j) => j.property.name === "Oak Terrace")!;
    expect(body("dana.reyes@fixwell.example")).toContain(
      `Open jobs affected (1): #${maple.trackingNumber} (Maple Court`,
    );
    expect(body("sam.wolfe@fixwell.example")).toContain(`#${oak.trackingNumber} (Oak Terrace`);
    expect(staff[0].subject).toMatch(/^Papers Expired's insurance expired/);

    // A retry, and another tick an hour later: nothing new, no new link.
    const before = await db().outboxMessage.count();
    expect(await chaseVendorPapers(now)).toBe(0);
    expect(await chaseVendorPapers(new Date(now.getTime() + HOUR))).toBe(0);
    expect(await db().outboxMessage.count()).toBe(before);
    for (const name of ["Sixty", "Thirty", "Seven", "Late", "Expired"]) expect(await links(name), name).toHaveLength(1);
  });

  it("sends the next threshold when its day comes, and only that one", async () => {
    const later = at(23); // Thirty: 6.5 days left; Sixty: 36.5 (its 60 was sent); Seven: expired
    await chaseVendorPapers(later);
    expect((await toVendor("Thirty")).map((m) => m.dedupeKey.split(":").slice(-3, -2)[0])).toEqual(["30", "7"]);
    expect(await toVendor("Sixty")).toHaveLength(1);
    expect((await toVendor("Seven")).map((m) => m.template)).toEqual([
      "vendor-papers-reminder",
      "vendor-papers-expired",
    ]);
    // A fresh link for the new reminder; the one sent before is withdrawn.
    expect((await links("Thirty")).filter((l) => !l.revokedAt)).toHaveLength(1);
    expect((await readPapersLink(tokenOf((await toVendor("Thirty"))[0]), later)).state).toBe("revoked");
  });
});

describe("the upload link", () => {
  let token: string;

  it("goes out by email when staff press Send upload link; a manager may not", async () => {
    await expect(sendPapersLink({ actor: manager, vendorId: v.Expired.id, now: new Date() })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const before = (await toVendor("Expired")).length;
    await sendPapersLink({ actor: admin, vendorId: v.Expired.id, now });
    const sent = await toVendor("Expired");
    expect(sent).toHaveLength(before + 1);
    const m = sent.at(-1)!;
    expect(m).toMatchObject({
      template: "vendor-papers-link",
      subject: expect.stringContaining("send us your insurance and licence papers"),
    });
    expect(m.body).toContain("{{link}}");
    expect(decrypt(m.secretEnc!)).toMatch(/^https:\/\/portal\.fixwell\.test\/v\/papers\/[A-Za-z0-9_-]{43}$/);
    token = tokenOf(m);
    // The link the expiry notice carried is withdrawn by the new one.
    expect((await readPapersLink(tokenOf(sent[0]), now)).state).toBe("revoked");
  });

  it("reading it changes nothing", async () => {
    const snapshot = async () =>
      JSON.stringify([
        await db().actionToken.findMany({ orderBy: { id: "asc" } }),
        await db().vendor.findUnique({ where: { id: v.Expired.id } }),
        await db().vendorDocument.count(),
        await db().outboxMessage.count(),
      ]);
    const before = await snapshot();
    const read = await readPapersLink(token, now);
    expect(read.state).toBe("valid");
    expect(read.state === "valid" && read.vendor.id).toBe(v.Expired.id);
    await readPapersLink(token, now);
    expect(await snapshot()).toBe(before);
  });

  it("refuses a file that is not a PDF or a photo, by its bytes, with a clear message, and keeps nothing", async () => {
    const html = file("<!doctype html><html><script>alert(1)</script></html>", "insurance.pdf");
    const err = await uploadVendorDocument({
      by: { token },
      input: { kind: "INSURANCE", number: "POL-9", expiresAt: ahead(1, "06-30"), file: html },
      now,
    }).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(Object.keys(err.fieldErrors)).toEqual(["file"]);
    expect(err.fieldErrors.file.map(english)).toEqual([
      "insurance.pdf is not a PDF or a photo: upload the paper as a PDF, JPEG or PNG.",
    ]);
    expect(await db().vendorDocument.count({ where: { vendorId: v.Expired.id } })).toBe(0);
  });

  it("reports every bad field at once", async () => {
    const err = await uploadVendorDocument({
      by: { token },
      input: { kind: "INSURANCE", number: "", expiresAt: "2020-01-01", file: null },
      now,
    }).catch((e) => e);
    expect(Object.keys(err.fieldErrors).sort()).toEqual(["expiresAt", "file", "number"]);
  });

  it("an upload renews the vendor's papers and lifts the assignment blocks", async () => {
    const before = await db().vendor.findUniqueOrThrow({ where: { id: v.Expired.id } });
    expect(autoAssignBlock(before, 0, now)).toBe("the vendor's insurance has expired");
    expect(complianceProblems(before, now)).toEqual([expect.stringMatching(/^insurance expired on/)]);

    const doc = await uploadVendorDocument({
      by: { token },
      input: {
        kind: "INSURANCE",
        number: "POL-2027",
        expiresAt: ahead(1, "06-30"),
        file: file(PDF, "certificate.pdf"),
      },
      now,
    });
    expect(doc).toMatchObject({
      kind: "INSURANCE",
      number: "POL-2027",
      uploadedVia: "LINK",
      uploadedById: null,
      contentType: "application/pdf",
      fileName: "certificate.pdf",
      sizeBytes: PDF.length,
    });
    expect(await storage().get(doc.storageKey)).toEqual(PDF);

    const after = await db().vendor.findUniqueOrThrow({ where: { id: v.Expired.id } });
    expect(after).toMatchObject({
      insuranceNumber: "POL-2027",
      insuranceExpiresAt: new Date(`${ahead(1, "06-30")}T23:59:59Z`),
    });
    expect(autoAssignBlock(after, 0, now)).toBeNull();
    expect(complianceProblems(after, now)).toEqual([]);
    // Not single-use: the licence can follow through the same link.
    expect((await readPapersLink(token, now)).state).toBe("valid");
  });

  it("a photo of the paper is re-encoded; the newest paper of a kind wins", async () => {
    const jpeg = await sharp({ create: { width: 400, height: 300, channels: 3, background: "#eee" } })
      .jpeg()
      .withExif({ IFD3: { GPSLatitudeRef: "N", GPSLatitude: "40/1 26/1 46/1" } })
      .toBuffer();
    const doc = await uploadVendorDocument({
      by: { token },
      input: { kind: "INSURANCE", number: "POL-2028", expiresAt: ahead(2, "01-31"), file: file(jpeg, "photo.png") },
      now: new Date(now.getTime() + 1000),
    });
    expect(doc).toMatchObject({ contentType: "image/jpeg", fileName: "photo.jpg" });
    expect((await sharp((await storage().get(doc.storageKey))!).metadata()).exif).toBeUndefined();
    expect(await db().vendor.findUniqueOrThrow({ where: { id: v.Expired.id } })).toMatchObject({
      insuranceNumber: "POL-2028",
      insuranceExpiresAt: new Date(`${ahead(2, "01-31")}T23:59:59Z`),
    });
  });

  it("is refused once expired (30 days) or replaced, and adds nothing", async () => {
    const count = await db().vendorDocument.count();
    const input = () => ({
      kind: "LICENCE",
      number: "LIC-1",
      expiresAt: ahead(2, "06-30"),
      file: file(PDF, "licence.pdf"),
    });
    const expiredAt = new Date(now.getTime() + 30 * DAY + 1000);
    expect((await readPapersLink(token, new Date(now.getTime() + 30 * DAY - 1000))).state).toBe("valid");
    expect((await readPapersLink(token, expiredAt)).state).toBe("expired");
    await expect(uploadVendorDocument({ by: { token }, input: input(), now: expiredAt })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "papers.linkExpired",
    });

    await sendPapersLink({ actor: admin, vendorId: v.Expired.id, now });
    expect((await readPapersLink(token, now)).state).toBe("revoked");
    await expect(uploadVendorDocument({ by: { token }, input: input(), now })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "papers.linkRevoked",
    });
    await expect(uploadVendorDocument({ by: { token: "x".repeat(43) }, input: input(), now })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await db().vendorDocument.count()).toBe(count);
    expect(await db().vendor.findUniqueOrThrow({ where: { id: v.Expired.id } })).toMatchObject({
      licenceNumber: "LIC-Expired",
    });
  });

  it("an inactive vendor's link no longer works", async () => {
    await sendPapersLink({ actor: admin, vendorId: v.Fine.id, now });
    const t = tokenOf((await toVendor("Fine")).at(-1)!);
    await db().vendor.update({ where: { id: v.Fine.id }, data: { active: false } });
    expect((await readPapersLink(t, now)).state).toBe("revoked");
    await db().vendor.update({ where: { id: v.Fine.id }, data: { active: true } });
  });
});

describe("staff upload and download", () => {
  it("an admin uploads on the vendor's page; a manager may not", async () => {
    const input = {
      kind: "LICENCE",
      number: "LIC-STAFF",
      expiresAt: ahead(3, "01-31"),
      file: file(PDF, "licence.pdf"),
    };
    await expect(
      uploadVendorDocument({ by: { actor: manager, vendorId: v.Seven.id }, input, now }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const doc = await uploadVendorDocument({ by: { actor: admin, vendorId: v.Seven.id }, input, now });
    expect(doc).toMatchObject({ uploadedVia: "STAFF", uploadedById: admin.userId });
    expect(await db().vendor.findUniqueOrThrow({ where: { id: v.Seven.id } })).toMatchObject({
      licenceNumber: "LIC-STAFF",
      licenceExpiresAt: new Date(`${ahead(3, "01-31")}T23:59:59Z`),
    });

    const get = (vendorId: string) =>
      download(
        new NextRequest(`https://portal.fixwell.test/dashboard/directory/vendors/${vendorId}/documents/${doc.id}`),
        { params: Promise.resolve({ id: vendorId, docId: doc.id }) },
      );
    expect((await get(v.Seven.id)).status).toBe(404); // no session
    session.actor = { ...admin, role: "TENANT" };
    expect((await get(v.Seven.id)).status).toBe(404);
    session.actor = { ...admin, orgId: "another-org" };
    expect((await get(v.Seven.id)).status).toBe(404);
    session.actor = admin;
    expect((await get(v.Sixty.id)).status).toBe(404); // the document is not that vendor's
    const res = await get(v.Seven.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(Buffer.from(await res.arrayBuffer())).toEqual(PDF);
  });
});
