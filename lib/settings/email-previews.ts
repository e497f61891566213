// Settings → Email previews (issue 18): every email template, in each language its readers have, rendered as it
// would be sent (lib/outbox/email) with the organisation's real branding and footer, and made-up
// contents: a sample tracking number and links to example.invalid, never a real token.
import "server-only";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { allow } from "@/lib/directory/guard";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { renderTenantMessage, TEMPLATES, type TenantTemplate } from "@/lib/notifications/templates";
import { renderStaffMessage, STAFF_TEMPLATE_NAMES, type StaffTemplate } from "@/lib/notifications/staff-templates";
import { OWNER_TEMPLATE_NAMES, renderOwnerMessage, type OwnerTemplate } from "@/lib/notifications/owner-templates";
import { renderVendorMessage, VENDOR_TEMPLATE_NAMES, type VendorTemplate } from "@/lib/notifications/vendor-templates";
import { renderEmail } from "@/lib/outbox/email/branded-email";
import { EMAIL_BRAND_SELECT } from "@/lib/outbox/email/footer";

export const AUDIENCES = ["tenant", "staff", "vendor", "owner"] as const;
export type Audience = (typeof AUDIENCES)[number];
export type PreviewId = `${Audience}:${string}:${Locale}`;

const NAMES: Record<Audience, readonly string[]> = {
  tenant: Object.keys(TEMPLATES.en),
  staff: STAFF_TEMPLATE_NAMES,
  vendor: VENDOR_TEMPLATE_NAMES,
  owner: OWNER_TEMPLATE_NAMES,
};
// Owners have no language setting: their emails exist in English only.
const LANGUAGES: Record<Audience, readonly Locale[]> = {
  tenant: LOCALES,
  staff: LOCALES,
  vendor: LOCALES,
  owner: ["en"],
};

/** Every template of every audience, each in every language, in a stable order. */
export const EMAIL_PREVIEWS = AUDIENCES.map((audience) => ({
  audience,
  templates: NAMES[audience].map((template) => ({
    template,
    ids: LANGUAGES[audience].map((locale) => ({ locale, id: `${audience}:${template}:${locale}` as PreviewId })),
  })),
}));

export const SAMPLE_NUMBER = 1234;
export const SAMPLE_LINK = "https://example.invalid/sample-link";

/** Made-up values for every slot the templates use, in each language. */
function sample(locale: Locale, org: string): Record<string, string | number> {
  const es = locale === "es";
  return {
    org,
    number: SAMPLE_NUMBER,
    n: SAMPLE_NUMBER,
    list: `#${SAMPLE_NUMBER}, #${SAMPLE_NUMBER + 1}`,
    link: SAMPLE_LINK,
    place: es ? "Calle Ejemplo 12, unidad 4B" : "12 Sample Street, unit 4B",
    address: es ? "Calle Ejemplo 12, unidad 4B" : "12 Sample Street, unit 4B",
    vendor: "ABC Plumbing",
    window: es ? "mar, 8 dic, 9:00 a.m.–11:00 a.m." : "Tue, Dec 8, 9:00 AM–11:00 AM",
    minutes: 20,
    reason: es ? "El técnico ya tiene otra visita esa mañana." : "The technician is already booked that morning.",
    author: "Dana",
    body: es ? "¿Pueden venir después de las 10?" : "Could you come after 10?",
    priority: "URGENT",
    category: "Plumbing",
    description: es ? "El grifo de la cocina gotea toda la noche." : "The kitchen tap drips all night.",
    reporter: "Alex Sample",
    name: "Alex Sample",
    via: "EMAIL",
    target: "resolution",
    due: es ? "hoy a las 5:00 p.m." : "today at 5:00 PM",
    amount: "$450.00",
    owner: "Olivia Sample",
    hours: 48,
    paper: "INSURANCE",
    date: es ? "31 dic 2026" : "Dec 31, 2026",
    days: 30,
    count: 2,
    files: "photo-1.jpg, photo-2.jpg",
    times: es ? "mañanas entre semana" : "weekday mornings",
  };
}

function message(audience: Audience, template: string, locale: Locale, vars: Record<string, string | number>) {
  if (audience === "tenant") return renderTenantMessage(template as TenantTemplate, locale, "EMAIL", vars);
  if (audience === "staff")
    return renderStaffMessage(template as StaffTemplate, locale, "EMAIL", vars, "https://example.invalid/dashboard");
  if (audience === "vendor") return renderVendorMessage(template as VendorTemplate, locale, "EMAIL", vars);
  return renderOwnerMessage(template as OwnerTemplate, vars);
}

const parse = (id: string) => {
  const [audience, template, locale] = id.split(":");
  const known = EMAIL_PREVIEWS.find((a) => a.audience === audience)?.templates.find((t) => t.template === template);
  return known?.ids.some((i) => i.locale === locale)
    ? { audience: audience as Audience, template, locale: locale as Locale }
    : null;
};

/** One template as the organisation's recipients would get it; null for an unknown id. */
export async function emailPreview(actor: Actor, id: string) {
  allow(actor, "settings:edit");
  const which = parse(id);
  if (!which) return null;
  const brand = await db().organization.findUniqueOrThrow({ where: { id: actor.orgId }, select: EMAIL_BRAND_SELECT });
  const m = message(which.audience, which.template, which.locale, sample(which.locale, brand.name));
  // Links queued as secrets are merged at delivery: a preview gets the placeholder instead.
  const body = m.body.replaceAll("{{link}}", SAMPLE_LINK);
  return { ...which, subject: m.subject ?? "", ...(await renderEmail(body, brand, which.locale)) };
}
