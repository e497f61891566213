import { describe, expect, it } from "vitest";
import {
  brandColour,
  contrastWithWhite,
  csvRowSchema,
  fieldErrorsOf,
  hexColour,
  isTimeZone,
  orgSchema,
  slaTargetSchema,
  tenantSchema,
  vendorSchema,
} from "@/lib/directory/schemas";
import { en } from "@/lib/i18n/messages/en";
import { translator } from "@/lib/i18n/translate";

// The directory's messages are keys: read in English as the page would show them.
const english = translator("en", en);

const vendor = {
  company: "ABC Plumbing",
  contactName: "Tony",
  email: "tony@abc.example",
  phone: "",
  hourlyRateCents: "95.5",
  callOutFeeCents: "75",
  insuranceNumber: "",
  insuranceExpiresAt: "2027-01-31",
  licenceNumber: "",
  licenceExpiresAt: "",
  capacity: "5",
  active: "on",
  categories: [{ categoryId: "c1", rank: "1" }],
};

describe("vendorSchema", () => {
  it("turns dollars into cents, blanks into undefined, a checkbox into a boolean", () => {
    const v = vendorSchema.parse(vendor);
    expect(v).toMatchObject({
      hourlyRateCents: 9550,
      callOutFeeCents: 7500,
      phone: undefined,
      licenceExpiresAt: undefined,
      active: true,
      capacity: 5,
      categories: [{ categoryId: "c1", rank: 1 }],
    });
    expect(v.insuranceExpiresAt!.toISOString()).toBe("2027-01-31T23:59:59.000Z");
  });
  it.each([
    ["email", { email: "tony@" }, "email", /email address/],
    ["money", { hourlyRateCents: "95.555" }, "hourlyRateCents", /dollars/],
    ["negative money", { callOutFeeCents: "-5" }, "callOutFeeCents", /dollars/],
    ["capacity", { capacity: "0" }, "capacity", /At least 1/],
    ["company", { company: "  " }, "company", /company name/],
    ["rank", { categories: [{ categoryId: "c1", rank: "0" }] }, "categories.0.rank", /starts at 1/],
    ["phone", { phone: "call me" }, "phone", /phone number/],
  ])("refuses a bad %s next to its field", (_n, patch, field, message) => {
    const r = vendorSchema.safeParse({ ...vendor, ...patch });
    expect(r.success).toBe(false);
    expect(
      fieldErrorsOf(r.error!)
        [field]?.map((m) => english(m))
        .join(" "),
    ).toMatch(message);
  });
});

describe("tenantSchema", () => {
  const t = {
    name: "Ann",
    email: "ANN@X.example",
    phone: "",
    unitId: "u1",
    contactMethod: "SMS",
    permissionToEnter: "on",
    pets: "",
    preferredTimes: "",
    gateCode: "",
    lockboxCode: "12<3",
    clearGateCode: undefined,
    clearLockboxCode: undefined,
  };
  it("lower-cases the email; a blank code means keep; a code with < is refused", () => {
    const r = tenantSchema.safeParse(t);
    expect(r.success).toBe(false);
    expect(fieldErrorsOf(r.error!)).toEqual({ lockboxCode: ["dir.v.code"] });
    expect(english("dir.v.code")).toBe("Use letters, digits and symbols only.");
    const ok = tenantSchema.parse({ ...t, lockboxCode: "4711" });
    expect(ok).toMatchObject({
      email: "ann@x.example",
      gateCode: undefined,
      lockboxCode: "4711",
      permissionToEnter: true,
      clearGateCode: false,
    });
  });
  it("refuses an unknown contact method", () => {
    expect(tenantSchema.safeParse({ ...t, lockboxCode: "", contactMethod: "FAX" }).success).toBe(false);
  });
});

describe("csvRowSchema", () => {
  it.each([
    [{ unit: "1A", floor: "1", tenant_name: "", tenant_email: "", tenant_phone: "", contact_method: "" }, null],
    [
      {
        unit: "1A",
        floor: "",
        tenant_name: "Ann",
        tenant_email: "ann@x.example",
        tenant_phone: "",
        contact_method: "sms",
      },
      null,
    ],
    [{ unit: "", floor: "1" }, /unit label/],
    [{ unit: "1A", floor: "one" }, /whole number/],
    [{ unit: "1A", tenant_name: "Ann", tenant_email: "ann@" }, /email address/],
    [
      { unit: "1A", tenant_name: "Ann", tenant_email: "ann@x.example", contact_method: "fax" },
      /Unknown contact method/,
    ],
    [{ unit: "1A", tenant_name: "Ann", tenant_email: "" }, /both a name and an email/],
  ])("%o", (row, error) => {
    const r = csvRowSchema.safeParse(row);
    if (!error) expect(r.success).toBe(true);
    else expect(r.error?.issues.map((i) => english(i.message)).join(" ")).toMatch(error);
  });
  it("normalises the contact method", () => {
    expect(
      csvRowSchema.parse({ unit: "1A", tenant_name: "A", tenant_email: "a@x.example", contact_method: " Phone " })
        .contact_method,
    ).toBe("PHONE");
  });
});

describe("settings rules", () => {
  it.each([
    ["#0F766E", "#0f766e"],
    ["#abc", null],
    ["0f766e", null],
    ["#0f766g", null],
    ["red", null],
  ])("hex colour %s", (v, out) => {
    const r = hexColour.safeParse(v);
    expect(r.success ? r.data : null).toBe(out);
  });
  it.each([
    ["#0f766e", true],
    ["#1d4ed8", true],
    ["#000000", true],
    ["#ffff00", false],
    ["#7dd3fc", false],
  ])("brand colour %s readable under white text: %s", (hex, ok) => {
    expect(brandColour.safeParse(hex).success).toBe(ok);
  });
  it("contrast ratio matches WCAG's for black and white", () => {
    expect(contrastWithWhite("#000000")).toBeCloseTo(21, 5);
    expect(contrastWithWhite("#ffffff")).toBeCloseTo(1, 5);
  });
  it.each([
    ["America/New_York", true],
    ["Europe/Berlin", true],
    ["UTC", true],
    ["Mars/Olympus", false],
    ["", false],
    ["America/New York", false],
  ])("time zone %s", (tz, ok) => {
    expect(isTimeZone(tz)).toBe(ok);
  });
  it("organisation: at least one working day, days in range", () => {
    const base = {
      name: "Org",
      logoUrl: "",
      brandColor: "#112233",
      timeZone: "UTC",
      workingDays: ["1", "2"],
      autoCloseDays: "7",
      emergencyHotline: "+1 555 010 0000",
      afterHoursInstructions: "",
      quietHoursStartMinute: "21:00",
      quietHoursEndMinute: "08:00",
    };
    expect(orgSchema.parse(base)).toMatchObject({
      workingDays: [1, 2],
      autoCloseDays: 7,
      logoUrl: undefined,
      quietHoursStartMinute: 1260,
      quietHoursEndMinute: 480,
    });
    expect(fieldErrorsOf(orgSchema.safeParse({ ...base, workingDays: [] }).error!).workingDays).toBeTruthy();
    expect(fieldErrorsOf(orgSchema.safeParse({ ...base, logoUrl: "javascript:alert(1)" }).error!).logoUrl).toBeTruthy();
  });
  it.each([
    ["00:00", 0],
    ["07:30", 450],
    ["23:59", 1439],
    ["24:00", null],
    ["7:30", null],
    ["12:60", null],
    ["", null],
    ["noon", null],
  ])("quiet hours: %s is minute %s of the day", (time, minutes) => {
    const base = {
      name: "Org",
      logoUrl: "",
      brandColor: "#112233",
      timeZone: "UTC",
      workingDays: ["1"],
      autoCloseDays: "7",
      emergencyHotline: "+1 555 010 0000",
      afterHoursInstructions: "",
      quietHoursStartMinute: time,
      quietHoursEndMinute: "08:00",
    };
    const r = orgSchema.safeParse(base);
    if (minutes === null)
      expect(fieldErrorsOf(r.error!).quietHoursStartMinute?.map((m) => english(m))).toEqual([
        "Enter a time like 21:00.",
      ]);
    else expect(r.data?.quietHoursStartMinute).toBe(minutes);
  });
  it("SLA: resolution not before response", () => {
    expect(
      slaTargetSchema.safeParse({ priority: "URGENT", responseHours: "24", resolutionHours: "8", businessTime: "" })
        .success,
    ).toBe(false);
    const refused = slaTargetSchema.safeParse({ priority: "URGENT", responseHours: "24", resolutionHours: "8" });
    expect(fieldErrorsOf(refused.error!).resolutionHours?.map((m) => english(m))).toEqual([
      "Resolution cannot come before the response.",
    ]);
    expect(
      slaTargetSchema.parse({ priority: "URGENT", responseHours: "4", resolutionHours: "24", businessTime: "on" }),
    ).toMatchObject({ responseHours: 4, businessTime: true });
  });
});
