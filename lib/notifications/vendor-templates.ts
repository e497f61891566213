// What an outside vendor is told (issue 18), in the language on their record (`Vendor.language`): a
// subject and an email text for each message, and a short SMS for those sent by text too. Pure;
// names, addresses and descriptions are data and stay as entered; the default categories are
// translated (lib/i18n/categories.ts). A link that must stay secret is the outbox's {{link}}
// placeholder, filled at delivery. A date ends its sentence without a full stop: Spanish times end
// in "p.m." already.
import { categoryName } from "@/lib/i18n/categories";
import type { Locale } from "@/lib/i18n/locales";

export type VendorVars = Record<string, string | number | undefined>;
type Part = (v: VendorVars) => string;
type Parts = { subject: Part; text: Part; sms?: Part };

export const VENDOR_TEMPLATE_NAMES = [
  "vendor-assigned",
  "vendor-scheduled",
  "vendor-withdrawn",
  "vendor-job-link",
  "estimate-approved-vendor",
  "vendor-message",
  "vendor-papers-link",
  "vendor-papers-reminder",
  "vendor-papers-expired",
] as const;
export type VendorTemplate = (typeof VENDOR_TEMPLATE_NAMES)[number];
/** To a vendor about their insurance and licence papers (issue 8). */
export type VendorPapersTemplate = Extract<VendorTemplate, `vendor-papers-${string}`>;

const PRIORITY: Record<Locale, Record<string, string>> = {
  en: { EMERGENCY: "emergency", URGENT: "urgent", ROUTINE: "routine", LOW: "low-priority" },
  es: { EMERGENCY: "de emergencia", URGENT: "urgente", ROUTINE: "de rutina", LOW: "de prioridad baja" },
};
const PAPER: Record<Locale, Record<string, string>> = {
  en: { INSURANCE: "insurance", LICENCE: "licence" },
  es: { INSURANCE: "seguro", LICENCE: "licencia" },
};
const short = (s: unknown, max = 120) =>
  String(s ?? "").length > max ? `${String(s).slice(0, max - 1)}…` : String(s ?? "");
const cat = (v: VendorVars, locale: Locale) => categoryName(String(v.category ?? ""), locale);

const EN: Record<VendorTemplate, Parts> = {
  "vendor-assigned": {
    subject: (v) => `New job #${v.number}: ${cat(v, "en")}, ${v.place}`,
    text: (v) =>
      `You have a new ${PRIORITY.en[v.priority!]} job: ${cat(v, "en")} at ${v.address}.\n\n"${v.description}"\n\nAccept it, book the visit and see the access details here (no account needed):\n{{link}}\n\nAccess codes are never sent by email: the link shows them on a tap while the job is yours.\n\n${v.org}`,
    sms: (v) => `${v.org}: new job #${v.number}, ${cat(v, "en")} at ${v.place}. {{link}}`,
  },
  "vendor-scheduled": {
    subject: (v) => `Visit ${v.moved ? "moved" : "booked"}: job #${v.number}, ${v.window}`,
    text: (v) => `Job #${v.number} at ${v.address}: visit ${v.window}.\n\n${v.org}`,
  },
  "vendor-withdrawn": {
    subject: (v) => `Job #${v.number} ${v.cancelled ? "cancelled" : "no longer yours"}`,
    text: (v) =>
      `Job #${v.number} at ${v.place} has been ${v.cancelled ? "cancelled" : "reassigned"}. Please do not attend.\n\n${v.org}`,
  },
  "vendor-job-link": {
    subject: (v) => `Your link for job #${v.number}: ${cat(v, "en")}, ${v.place}`,
    text: (v) =>
      `Here is your link for job #${v.number} again (the one sent before no longer works):\n{{link}}\n\n${v.org}`,
    sms: (v) => `${v.org}: your link for job #${v.number}: {{link}}`,
  },
  "estimate-approved-vendor": {
    subject: (v) => `Go ahead: ${v.amount} approved for job #${v.number}`,
    text: (v) =>
      `The estimate of ${v.amount} for job #${v.number} is approved. You can go ahead with the work.\n\n${v.org}`,
  },
  "vendor-message": {
    subject: (v) => `Message on job #${v.number} from ${v.author}`,
    text: (v) =>
      `${v.author} wrote about job #${v.number} (${v.place}):\n\n${v.body}\n\nRead the conversation and answer on your job page:\n{{link}}\n\n${v.org}`,
    sms: (v) => `${v.org}, job #${v.number}, ${v.author}: ${short(v.body)} {{link}}`,
  },
  "vendor-papers-link": {
    subject: (v) => `${v.org}: send us your insurance and licence papers`,
    text: (v) =>
      `Hello ${v.vendor},\n\nPlease send your current insurance and licence papers (number, expiry date and a PDF or photo) here: {{link}}\n\nThe link works for 30 days; no account needed.\n\n${v.org}`,
  },
  "vendor-papers-reminder": {
    subject: (v) => `Your ${PAPER.en[v.paper!]} expires on ${v.date}`,
    text: (v) =>
      `Hello ${v.vendor},\n\nYour ${PAPER.en[v.paper!]} on file with ${v.org} expires on ${v.date}, in ${v.days} ${Number(v.days) === 1 ? "day" : "days"}. Without a current one we cannot give you new jobs. Upload the new paper here: {{link}}\n\n${v.org}`,
  },
  "vendor-papers-expired": {
    subject: (v) => `Your ${PAPER.en[v.paper!]} expired on ${v.date}`,
    text: (v) =>
      `Hello ${v.vendor},\n\nYour ${PAPER.en[v.paper!]} on file with ${v.org} expired on ${v.date}. Until we have a current one we cannot give you new jobs, and your job links show only this notice. Upload the new paper here: {{link}}\n\n${v.org}`,
  },
};

const ES: Record<VendorTemplate, Parts> = {
  "vendor-assigned": {
    subject: (v) => `Nuevo trabajo #${v.number}: ${cat(v, "es")}, ${v.place}`,
    text: (v) =>
      `Tiene un nuevo trabajo ${PRIORITY.es[v.priority!]}: ${cat(v, "es")} en ${v.address}.\n\n"${v.description}"\n\nAcéptelo, programe la visita y vea los datos de acceso aquí (no necesita cuenta):\n{{link}}\n\nLos códigos de acceso nunca se envían por correo: el enlace los muestra con un toque mientras el trabajo sea suyo.\n\n${v.org}`,
    sms: (v) => `${v.org}: nuevo trabajo #${v.number}, ${cat(v, "es")} en ${v.place}. {{link}}`,
  },
  "vendor-scheduled": {
    subject: (v) => `Visita ${v.moved ? "cambiada" : "programada"}: trabajo #${v.number}, ${v.window}`,
    text: (v) => `Trabajo #${v.number} en ${v.address}: visita ${v.window}.\n\n${v.org}`,
  },
  "vendor-withdrawn": {
    subject: (v) => `Trabajo #${v.number} ${v.cancelled ? "cancelado" : "reasignado"}`,
    text: (v) =>
      `El trabajo #${v.number} en ${v.place} fue ${v.cancelled ? "cancelado" : "reasignado a otra persona"}. No acuda, por favor.\n\n${v.org}`,
  },
  "vendor-job-link": {
    subject: (v) => `Su enlace para el trabajo #${v.number}: ${cat(v, "es")}, ${v.place}`,
    text: (v) =>
      `Le enviamos de nuevo su enlace para el trabajo #${v.number} (el que recibió antes ya no funciona):\n{{link}}\n\n${v.org}`,
    sms: (v) => `${v.org}: su enlace para el trabajo #${v.number}: {{link}}`,
  },
  "estimate-approved-vendor": {
    subject: (v) => `Adelante: ${v.amount} aprobado para el trabajo #${v.number}`,
    text: (v) =>
      `El presupuesto de ${v.amount} para el trabajo #${v.number} está aprobado. Puede seguir adelante con el trabajo.\n\n${v.org}`,
  },
  "vendor-message": {
    subject: (v) => `Mensaje sobre el trabajo #${v.number} de ${v.author}`,
    text: (v) =>
      `${v.author} escribió sobre el trabajo #${v.number} (${v.place}):\n\n${v.body}\n\nLea la conversación y responda en la página del trabajo:\n{{link}}\n\n${v.org}`,
    sms: (v) => `${v.org}, trabajo #${v.number}, ${v.author}: ${short(v.body)} {{link}}`,
  },
  "vendor-papers-link": {
    subject: (v) => `${v.org}: envíenos sus documentos de seguro y licencia`,
    text: (v) =>
      `Hola, ${v.vendor}:\n\nEnvíe sus documentos vigentes de seguro y licencia (número, fecha de vencimiento y un PDF o una foto) aquí: {{link}}\n\nEl enlace funciona 30 días; no necesita cuenta.\n\n${v.org}`,
  },
  "vendor-papers-reminder": {
    subject: (v) => `Su ${PAPER.es[v.paper!]} vence el ${v.date}`,
    text: (v) =>
      `Hola, ${v.vendor}:\n\nEl documento de ${PAPER.es[v.paper!]} que ${v.org} tiene registrado vence el ${v.date}, en ${v.days} ${Number(v.days) === 1 ? "día" : "días"}. Sin un documento vigente no podemos asignarle trabajos nuevos. Suba el documento nuevo aquí: {{link}}\n\n${v.org}`,
  },
  "vendor-papers-expired": {
    subject: (v) => `Su ${PAPER.es[v.paper!]} venció el ${v.date}`,
    text: (v) =>
      `Hola, ${v.vendor}:\n\nEl documento de ${PAPER.es[v.paper!]} que ${v.org} tiene registrado venció el ${v.date}. Hasta que tengamos uno vigente no podemos asignarle trabajos nuevos, y sus enlaces de trabajo solo muestran este aviso. Suba el documento nuevo aquí: {{link}}\n\n${v.org}`,
  },
};

export const VENDOR_TEMPLATES: Record<Locale, Record<VendorTemplate, Parts>> = { en: EN, es: ES };

/** Whether a template has a text version (the others go by email only). */
export const hasSms = (template: VendorTemplate) => !!EN[template].sms;

/** The message for a channel: email gets subject + text, SMS the short text (templates with one). */
export function renderVendorMessage(
  template: VendorTemplate,
  locale: Locale,
  channel: "EMAIL" | "SMS",
  vars: VendorVars,
): { subject?: string; body: string } {
  const parts = VENDOR_TEMPLATES[locale][template];
  if (channel === "SMS") {
    if (!parts.sms) throw new Error(`${template} has no text message`);
    return { body: parts.sms(vars) };
  }
  return { subject: parts.subject(vars), body: parts.text(vars) };
}
