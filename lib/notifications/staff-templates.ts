// What staff (managers, admins, in-house technicians) are told, in their own language (the user's
// `locale`): a subject and an email text, and a short SMS for those who chose texts. Pure; names,
// categories and descriptions are data and stay as entered. Each part is a function of the values,
// so optional details ("Note: ...") read naturally in both languages. A date ends its sentence
// without a full stop: Spanish times end in "p.m." already.
import type { Locale } from "@/lib/i18n/locales";

export type StaffVars = Record<string, string | number | undefined>;
type Part = (v: StaffVars) => string;
type Parts = { subject: Part; text: Part; sms: Part };

export const STAFF_TEMPLATE_NAMES = [
  "new-request",
  "tenant-message",
  "reschedule-request",
  "tenant-photos",
  "sla-at-risk",
  "sla-breached",
  "emergency-page",
  "technician-assigned",
  "technician-scheduled",
  "technician-withdrawn",
  "owner-approved",
  "owner-declined",
  "owner-unanswered",
  "owner-deemed",
  "vendor-declined",
  "assignee-message",
  "job-message",
  "assignee-invoice",
  "vendor-estimate",
  "responsible-assigned",
] as const;
export type StaffTemplate = (typeof STAFF_TEMPLATE_NAMES)[number];

export const isStaffTemplate = (t: string): t is StaffTemplate =>
  (STAFF_TEMPLATE_NAMES as readonly string[]).includes(t);

const PRIORITY: Record<Locale, Record<string, string>> = {
  en: { EMERGENCY: "emergency", URGENT: "urgent", ROUTINE: "routine", LOW: "low" },
  es: { EMERGENCY: "de emergencia", URGENT: "urgente", ROUTINE: "de rutina", LOW: "de prioridad baja" },
};
const TARGET: Record<Locale, Record<string, string>> = {
  en: { response: "response", resolution: "resolution" },
  es: { response: "respuesta", resolution: "resolución" },
};
const short = (s: unknown, max = 120) =>
  String(s ?? "").length > max ? `${String(s).slice(0, max - 1)}…` : String(s ?? "");
const plural = (n: unknown, one: string, many: string) => (Number(n) === 1 ? one : many);

const EN: Record<StaffTemplate, Parts> = {
  "new-request": {
    subject: (v) => `New ${PRIORITY.en[v.priority!]} request #${v.number}: ${v.category}, ${v.place}`,
    text: (v) => `${v.reporter} reported: ${v.description}`,
    sms: (v) => `New ${PRIORITY.en[v.priority!]} request #${v.number}: ${v.category}, ${v.place}.`,
  },
  "tenant-message": {
    subject: (v) => `New ${v.via === "SMS" ? "text" : "message"} on #${v.number} from ${v.name}`,
    text: (v) => `${v.body}`,
    sms: (v) => `#${v.number} ${v.name}: ${short(v.body)}`,
  },
  "reschedule-request": {
    subject: (v) => `#${v.number}: ${v.name} asks for another visit time`,
    text: (v) => `Suits them: ${v.times}${v.reason ? `\nNote: ${v.reason}` : ""}`,
    sms: (v) => `#${v.number}: ${v.name} asks for another visit time (${short(v.times, 80)}).`,
  },
  "tenant-photos": {
    subject: (v) => `#${v.number}: ${v.name} added ${v.count} ${plural(v.count, "file", "files")}`,
    text: (v) => `${v.files}`,
    sms: (v) => `#${v.number}: ${v.name} added ${v.count} ${plural(v.count, "file", "files")}.`,
  },
  "sla-at-risk": {
    subject: (v) =>
      `At risk: ${TARGET.en[v.target!]} target for #${v.number} (${PRIORITY.en[v.priority!]} ${v.category}, ${v.place})`,
    text: (v) =>
      `At risk: ${TARGET.en[v.target!]} target for #${v.number} (${PRIORITY.en[v.priority!]} ${v.category}, ${v.place}). Due ${v.due}`,
    sms: (v) => `At risk: ${TARGET.en[v.target!]} for #${v.number}, ${v.place}, due ${v.due}`,
  },
  "sla-breached": {
    subject: (v) =>
      `Breached: ${TARGET.en[v.target!]} target for #${v.number} (${PRIORITY.en[v.priority!]} ${v.category}, ${v.place})`,
    text: (v) =>
      `Breached: ${TARGET.en[v.target!]} target for #${v.number} (${PRIORITY.en[v.priority!]} ${v.category}, ${v.place}). It was due ${v.due}`,
    sms: (v) => `Breached: ${TARGET.en[v.target!]} for #${v.number}, ${v.place}, was due ${v.due}`,
  },
  "emergency-page": {
    subject: (v) => `EMERGENCY #${v.number}: ${v.category} at ${v.place}`,
    text: (v) => `${v.org} EMERGENCY #${v.number}: ${v.category} at ${v.place}. Acknowledge it on the work order.`,
    sms: (v) => `${v.org} EMERGENCY #${v.number}: ${v.category} at ${v.place}. Acknowledge:`,
  },
  "technician-assigned": {
    subject: (v) => `New job #${v.number}: ${v.category}, ${v.place}`,
    text: (v) => `You have a new ${PRIORITY.en[v.priority!]} job: ${v.category} at ${v.place}.\n\n"${v.description}"`,
    sms: (v) => `New ${PRIORITY.en[v.priority!]} job #${v.number}: ${v.category}, ${v.place}.`,
  },
  "technician-scheduled": {
    subject: (v) => `Visit ${v.moved ? "moved" : "booked"}: job #${v.number}, ${v.window}`,
    text: (v) => `Job #${v.number} at ${v.place}: visit ${v.window}.`,
    sms: (v) => `Visit ${v.moved ? "moved" : "booked"}: job #${v.number}, ${v.place}, ${v.window}.`,
  },
  "technician-withdrawn": {
    subject: (v) => `Job #${v.number} ${v.cancelled ? "cancelled" : "no longer yours"}`,
    text: (v) =>
      `Job #${v.number} at ${v.place} has been ${v.cancelled ? "cancelled" : "reassigned"}. Please do not attend.`,
    sms: (v) =>
      `Job #${v.number} at ${v.place} has been ${v.cancelled ? "cancelled" : "reassigned"}. Please do not attend.`,
  },
  "owner-approved": {
    subject: (v) => `${v.owner} approved ${v.amount} on #${v.number}`,
    text: (v) => `${v.owner} approved the estimate of ${v.amount}.${v.note ? `\n\n"${v.note}"` : ""}`,
    sms: (v) => `#${v.number}: ${v.owner} approved ${v.amount}.`,
  },
  "owner-declined": {
    subject: (v) => `${v.owner} declined ${v.amount} on #${v.number}`,
    text: (v) => `${v.owner} declined the estimate of ${v.amount}.${v.note ? `\n\n"${v.note}"` : ""}`,
    sms: (v) => `#${v.number}: ${v.owner} declined ${v.amount}.`,
  },
  "owner-unanswered": {
    subject: (v) => `No answer from ${v.owner} on #${v.number}`,
    text: (v) => `${v.owner} has not answered about the ${v.amount} estimate for ${v.place}. It is back with you.`,
    sms: (v) => `#${v.number}: no answer from ${v.owner} on ${v.amount}. It is back with you.`,
  },
  "owner-deemed": {
    subject: (v) => `Deemed approved: ${v.amount} on #${v.number}`,
    text: (v) =>
      `${v.owner} did not answer in ${v.hours} hours; under their agreement the estimate is deemed approved.`,
    sms: (v) => `#${v.number}: ${v.amount} deemed approved (${v.owner} did not answer in ${v.hours} hours).`,
  },
  "vendor-declined": {
    subject: (v) => `${v.vendor} declined job #${v.number}`,
    text: (v) =>
      `${v.vendor} declined job #${v.number} (${v.category}, ${v.place})${v.reason ? `: ${v.reason}` : "."}\nIt is back in the unassigned queue.`,
    sms: (v) => `${v.vendor} declined job #${v.number} (${v.place}). It is back in the unassigned queue.`,
  },
  "assignee-message": {
    subject: (v) => `Message on #${v.number} from ${v.name}`,
    text: (v) => `${v.name} wrote about #${v.number}:\n\n${v.body}`,
    sms: (v) => `#${v.number} ${v.name}: ${short(v.body)}`,
  },
  "job-message": {
    subject: (v) => `Message on your job #${v.number} from ${v.name}`,
    text: (v) =>
      `${v.name} wrote about job #${v.number} (${v.place}):\n\n${v.body}\n\nRead the conversation and answer on your job page:`,
    sms: (v) => `Job #${v.number} ${v.name}: ${short(v.body)}`,
  },
  "assignee-invoice": {
    subject: (v) => `Invoice for #${v.number} from ${v.name}`,
    text: (v) => `${v.name} sent the invoice for #${v.number}.`,
    sms: (v) => `${v.name} sent the invoice for #${v.number}.`,
  },
  "vendor-estimate": {
    subject: (v) => `Estimate to approve: ${v.amount} from ${v.name} (#${v.number})`,
    text: (v) => `${v.name} quotes ${v.amount} for ${v.place}: ${v.description}`,
    sms: (v) => `#${v.number}: ${v.name} quotes ${v.amount}; it is yours to approve.`,
  },
  "responsible-assigned": {
    subject: (v) => `You are now responsible for #${v.number}: ${v.category}, ${v.place}`,
    text: (v) =>
      `${v.name} made you the person responsible for #${v.number} (${PRIORITY.en[v.priority!]} ${v.category}, ${v.place}).\n\n"${v.description}"`,
    sms: (v) => `${v.name} made you responsible for #${v.number}: ${v.category}, ${v.place}.`,
  },
};

const ES: Record<StaffTemplate, Parts> = {
  "new-request": {
    subject: (v) => `Nueva solicitud ${PRIORITY.es[v.priority!]} #${v.number}: ${v.category}, ${v.place}`,
    text: (v) => `${v.reporter} informó: ${v.description}`,
    sms: (v) => `Nueva solicitud ${PRIORITY.es[v.priority!]} #${v.number}: ${v.category}, ${v.place}.`,
  },
  "tenant-message": {
    subject: (v) => `Nuevo ${v.via === "SMS" ? "mensaje de texto" : "mensaje"} en #${v.number} de ${v.name}`,
    text: (v) => `${v.body}`,
    sms: (v) => `#${v.number} ${v.name}: ${short(v.body)}`,
  },
  "reschedule-request": {
    subject: (v) => `#${v.number}: ${v.name} pide otro horario de visita`,
    text: (v) => `Le conviene: ${v.times}${v.reason ? `\nNota: ${v.reason}` : ""}`,
    sms: (v) => `#${v.number}: ${v.name} pide otro horario de visita (${short(v.times, 80)}).`,
  },
  "tenant-photos": {
    subject: (v) => `#${v.number}: ${v.name} añadió ${v.count} ${plural(v.count, "archivo", "archivos")}`,
    text: (v) => `${v.files}`,
    sms: (v) => `#${v.number}: ${v.name} añadió ${v.count} ${plural(v.count, "archivo", "archivos")}.`,
  },
  "sla-at-risk": {
    subject: (v) =>
      `En riesgo: objetivo de ${TARGET.es[v.target!]} de #${v.number} (${v.category} ${PRIORITY.es[v.priority!]}, ${v.place})`,
    text: (v) =>
      `En riesgo: objetivo de ${TARGET.es[v.target!]} de #${v.number} (${v.category} ${PRIORITY.es[v.priority!]}, ${v.place}). Vence ${v.due}`,
    sms: (v) => `En riesgo: ${TARGET.es[v.target!]} de #${v.number}, ${v.place}, vence ${v.due}`,
  },
  "sla-breached": {
    subject: (v) =>
      `Vencido: objetivo de ${TARGET.es[v.target!]} de #${v.number} (${v.category} ${PRIORITY.es[v.priority!]}, ${v.place})`,
    text: (v) =>
      `Vencido: objetivo de ${TARGET.es[v.target!]} de #${v.number} (${v.category} ${PRIORITY.es[v.priority!]}, ${v.place}). Vencía ${v.due}`,
    sms: (v) => `Vencido: ${TARGET.es[v.target!]} de #${v.number}, ${v.place}, vencía ${v.due}`,
  },
  "emergency-page": {
    subject: (v) => `EMERGENCIA #${v.number}: ${v.category} en ${v.place}`,
    text: (v) => `${v.org} EMERGENCIA #${v.number}: ${v.category} en ${v.place}. Confírmela en la orden de trabajo.`,
    sms: (v) => `${v.org} EMERGENCIA #${v.number}: ${v.category} en ${v.place}. Confirme:`,
  },
  "technician-assigned": {
    subject: (v) => `Nuevo trabajo #${v.number}: ${v.category}, ${v.place}`,
    text: (v) =>
      `Tiene un nuevo trabajo ${PRIORITY.es[v.priority!]}: ${v.category} en ${v.place}.\n\n"${v.description}"`,
    sms: (v) => `Nuevo trabajo ${PRIORITY.es[v.priority!]} #${v.number}: ${v.category}, ${v.place}.`,
  },
  "technician-scheduled": {
    subject: (v) => `Visita ${v.moved ? "cambiada" : "programada"}: trabajo #${v.number}, ${v.window}`,
    text: (v) => `Trabajo #${v.number} en ${v.place}: visita ${v.window}.`,
    sms: (v) => `Visita ${v.moved ? "cambiada" : "programada"}: trabajo #${v.number}, ${v.place}, ${v.window}.`,
  },
  "technician-withdrawn": {
    subject: (v) => `Trabajo #${v.number} ${v.cancelled ? "cancelado" : "reasignado"}`,
    text: (v) =>
      `El trabajo #${v.number} en ${v.place} fue ${v.cancelled ? "cancelado" : "reasignado"}. No acuda, por favor.`,
    sms: (v) =>
      `El trabajo #${v.number} en ${v.place} fue ${v.cancelled ? "cancelado" : "reasignado"}. No acuda, por favor.`,
  },
  "owner-approved": {
    subject: (v) => `${v.owner} aprobó ${v.amount} en #${v.number}`,
    text: (v) => `${v.owner} aprobó el presupuesto de ${v.amount}.${v.note ? `\n\n"${v.note}"` : ""}`,
    sms: (v) => `#${v.number}: ${v.owner} aprobó ${v.amount}.`,
  },
  "owner-declined": {
    subject: (v) => `${v.owner} rechazó ${v.amount} en #${v.number}`,
    text: (v) => `${v.owner} rechazó el presupuesto de ${v.amount}.${v.note ? `\n\n"${v.note}"` : ""}`,
    sms: (v) => `#${v.number}: ${v.owner} rechazó ${v.amount}.`,
  },
  "owner-unanswered": {
    subject: (v) => `Sin respuesta de ${v.owner} en #${v.number}`,
    text: (v) =>
      `${v.owner} no ha respondido sobre el presupuesto de ${v.amount} para ${v.place}. Vuelve a estar en sus manos.`,
    sms: (v) => `#${v.number}: sin respuesta de ${v.owner} sobre ${v.amount}. Vuelve a estar en sus manos.`,
  },
  "owner-deemed": {
    subject: (v) => `Aprobado por falta de respuesta: ${v.amount} en #${v.number}`,
    text: (v) => `${v.owner} no respondió en ${v.hours} horas; según su contrato, el presupuesto se da por aprobado.`,
    sms: (v) => `#${v.number}: ${v.amount} aprobado por falta de respuesta (${v.owner}, ${v.hours} horas).`,
  },
  "vendor-declined": {
    subject: (v) => `${v.vendor} rechazó el trabajo #${v.number}`,
    text: (v) =>
      `${v.vendor} rechazó el trabajo #${v.number} (${v.category}, ${v.place})${v.reason ? `: ${v.reason}` : "."}\nVuelve a la cola sin asignar.`,
    sms: (v) => `${v.vendor} rechazó el trabajo #${v.number} (${v.place}). Vuelve a la cola sin asignar.`,
  },
  "assignee-message": {
    subject: (v) => `Mensaje en #${v.number} de ${v.name}`,
    text: (v) => `${v.name} escribió sobre #${v.number}:\n\n${v.body}`,
    sms: (v) => `#${v.number} ${v.name}: ${short(v.body)}`,
  },
  "job-message": {
    subject: (v) => `Mensaje sobre su trabajo #${v.number} de ${v.name}`,
    text: (v) =>
      `${v.name} escribió sobre el trabajo #${v.number} (${v.place}):\n\n${v.body}\n\nLea la conversación y responda en la página del trabajo:`,
    sms: (v) => `Trabajo #${v.number} ${v.name}: ${short(v.body)}`,
  },
  "assignee-invoice": {
    subject: (v) => `Factura de #${v.number} de ${v.name}`,
    text: (v) => `${v.name} envió la factura de #${v.number}.`,
    sms: (v) => `${v.name} envió la factura de #${v.number}.`,
  },
  "vendor-estimate": {
    subject: (v) => `Presupuesto por aprobar: ${v.amount} de ${v.name} (#${v.number})`,
    text: (v) => `${v.name} cotiza ${v.amount} para ${v.place}: ${v.description}`,
    sms: (v) => `#${v.number}: ${v.name} cotiza ${v.amount}; le toca aprobarlo.`,
  },
  "responsible-assigned": {
    subject: (v) => `Ahora es responsable de #${v.number}: ${v.category}, ${v.place}`,
    text: (v) =>
      `${v.name} le asignó como responsable de #${v.number} (${v.category} ${PRIORITY.es[v.priority!]}, ${v.place}).\n\n"${v.description}"`,
    sms: (v) => `${v.name} le asignó como responsable de #${v.number}: ${v.category}, ${v.place}.`,
  },
};

export const STAFF_TEMPLATES: Record<Locale, Record<StaffTemplate, Parts>> = { en: EN, es: ES };

/** The message for one staff member: email gets subject + text (+ link), SMS the short text (+ link). */
export function renderStaffMessage(
  template: StaffTemplate,
  locale: Locale,
  channel: "EMAIL" | "SMS",
  vars: StaffVars,
  link?: string,
): { subject?: string; body: string } {
  const parts = STAFF_TEMPLATES[locale][template];
  if (channel === "SMS") return { body: link ? `${parts.sms(vars)} ${link}` : parts.sms(vars) };
  return { subject: parts.subject(vars), body: link ? `${parts.text(vars)}\n\n${link}` : parts.text(vars) };
}
