// What tenants are told (DESIGN.md §7), in their language: a subject, an email text and a short
// SMS for each event, with {named} slots. Pure; the delivery adds the organisation's branded HTML
// around the email text. Staff and vendors have their own templates (staff-templates.ts,
// vendor-templates.ts).
import type { Locale } from "@/lib/i18n/locales";

export type TenantTemplate =
  | "request-received"
  | "assigned"
  | "scheduled"
  | "visit-reminder"
  | "running-late"
  | "resolved-question"
  | "survey"
  | "which-request"
  | "reschedule-declined"
  | "staff-reply"
  | "on-the-way";
type Parts = { subject: string; text: string; sms: string };

const EN: Record<TenantTemplate, Parts> = {
  "request-received": {
    subject: "We got your request, tracking #{number}",
    text: "We got your maintenance request for {place}, tracking #{number}. Follow it here: {link}",
    sms: "{org}: we got your request #{number}. Follow it: {link}",
  },
  assigned: {
    subject: "Request #{number} assigned to {vendor}",
    text: "Your request #{number} has been assigned to {vendor}. We will let you know when the visit is booked.",
    sms: "{org}: your request #{number} has been assigned to {vendor}.",
  },
  scheduled: {
    subject: "Appointment for request #{number}: {window}",
    text: "Appointment scheduled for {window} (request #{number}). Can't make it? Ask for another time here: {link}",
    sms: "{org}: appointment for #{number} scheduled for {window} — {link}",
  },
  "visit-reminder": {
    subject: "Reminder: maintenance visit tomorrow, {window}",
    text: "Reminder: maintenance visit tomorrow, {window} (request #{number}). {link}",
    sms: "{org}: reminder, maintenance visit tomorrow {window} (#{number}).",
  },
  "running-late": {
    subject: "Your technician is running late (#{number})",
    text: "Your technician is running about {minutes} minutes late (request #{number}).",
    sms: "{org}: your technician is running about {minutes} minutes late (#{number}).",
  },
  "resolved-question": {
    subject: "Is this resolved? (#{number})",
    text: "Work completed on request #{number}. Is this resolved? Tap to confirm or tell us it is still a problem: {link}",
    sms: "{org}: work completed on #{number}. Is this resolved? Reply YES or NO.",
  },
  survey: {
    subject: "How did we do? (#{number})",
    text: "Request #{number} is closed. How did we do? Rate your experience: {link}",
    sms: "{org}: #{number} is closed. How did we do? Rate us: {link}",
  },
  "which-request": {
    subject: "Which request?",
    text: "You have more than one request waiting for an answer ({list}). Reply YES {n} or NO {n} to answer one.",
    sms: "You have more than one request waiting for an answer ({list}). Reply YES {n} or NO {n} to answer one.",
  },
  "reschedule-declined": {
    subject: "About your appointment (#{number})",
    text: "We kept the booked time for request #{number}: {reason}",
    sms: "{org}: we kept the booked time for #{number}: {reason}",
  },
  "staff-reply": {
    subject: "New message about request #{number}",
    text: "{author} wrote about request #{number}:\n\n{body}\n\nReply here: {link}",
    sms: "{org} (#{number}): {body}",
  },
  "on-the-way": {
    subject: "{vendor} is on the way (#{number})",
    text: "{vendor} is on the way for request #{number}.",
    sms: "{org}: {vendor} is on the way (#{number}).",
  },
};

const ES: Record<TenantTemplate, Parts> = {
  "request-received": {
    subject: "Recibimos su solicitud, número #{number}",
    text: "Recibimos su solicitud de mantenimiento para {place}, número #{number}. Sígala aquí: {link}",
    sms: "{org}: recibimos su solicitud #{number}. Sígala: {link}",
  },
  assigned: {
    subject: "Solicitud #{number} asignada a {vendor}",
    text: "Su solicitud #{number} fue asignada a {vendor}. Le avisaremos cuando la visita esté programada.",
    sms: "{org}: su solicitud #{number} fue asignada a {vendor}.",
  },
  scheduled: {
    subject: "Cita para la solicitud #{number}: {window}",
    text: "Cita programada para {window} (solicitud #{number}). ¿No puede? Pida otro horario aquí: {link}",
    sms: "{org}: cita para #{number} programada para {window} — {link}",
  },
  "visit-reminder": {
    subject: "Recordatorio: visita de mantenimiento mañana, {window}",
    text: "Recordatorio: visita de mantenimiento mañana, {window} (solicitud #{number}). {link}",
    sms: "{org}: recordatorio, visita de mantenimiento mañana {window} (#{number}).",
  },
  "running-late": {
    subject: "Su técnico llega tarde (#{number})",
    text: "Su técnico llegará unos {minutes} minutos tarde (solicitud #{number}).",
    sms: "{org}: su técnico llegará unos {minutes} minutos tarde (#{number}).",
  },
  "resolved-question": {
    subject: "¿Quedó resuelto? (#{number})",
    text: "Trabajo terminado en la solicitud #{number}. ¿Quedó resuelto? Confírmelo o díganos que sigue el problema: {link}",
    sms: "{org}: trabajo terminado en #{number}. ¿Quedó resuelto? Responda YES o NO.",
  },
  survey: {
    subject: "¿Cómo lo hicimos? (#{number})",
    text: "La solicitud #{number} está cerrada. ¿Cómo lo hicimos? Califique su experiencia: {link}",
    sms: "{org}: #{number} está cerrada. ¿Cómo lo hicimos? Califíquenos: {link}",
  },
  "which-request": {
    subject: "¿Qué solicitud?",
    text: "Tiene más de una solicitud esperando respuesta ({list}). Responda YES {n} o NO {n} para contestar una.",
    sms: "Tiene más de una solicitud esperando respuesta ({list}). Responda YES {n} o NO {n} para contestar una.",
  },
  "reschedule-declined": {
    subject: "Sobre su cita (#{number})",
    text: "Mantuvimos el horario reservado para la solicitud #{number}: {reason}",
    sms: "{org}: mantuvimos el horario reservado para #{number}: {reason}",
  },
  "staff-reply": {
    subject: "Nuevo mensaje sobre la solicitud #{number}",
    text: "{author} escribió sobre la solicitud #{number}:\n\n{body}\n\nResponda aquí: {link}",
    sms: "{org} (#{number}): {body}",
  },
  "on-the-way": {
    subject: "{vendor} va en camino (#{number})",
    text: "{vendor} va en camino para la solicitud #{number}.",
    sms: "{org}: {vendor} va en camino (#{number}).",
  },
};

export const TEMPLATES: Record<Locale, Record<TenantTemplate, Parts>> = { en: EN, es: ES };

const fill = (s: string, vars: Record<string, string | number>) =>
  s.replace(/\{(\w+)\}/g, (whole, k: string) => (vars[k] === undefined ? whole : String(vars[k])));

/** The message for a channel: email gets subject + text, SMS gets the short text. */
export function renderTenantMessage(
  template: TenantTemplate,
  locale: Locale,
  channel: "EMAIL" | "SMS",
  vars: Record<string, string | number>,
): { subject?: string; body: string } {
  const parts = TEMPLATES[locale][template];
  if (channel === "SMS") return { body: fill(parts.sms, vars) };
  return { subject: fill(parts.subject, vars), body: `${fill(parts.text, vars)}\n\n${vars.org ?? ""}`.trim() };
}
