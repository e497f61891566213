// The estimates and cost approvals in Spanish (usted, neutral Latin American). Same keys as approvals-en.ts.
import type { approvalsEn } from "@/lib/i18n/messages/approvals-en";

export const approvalsEs: Record<keyof typeof approvalsEn, string> = {
  // Estimates and cost approvals
  "estimates.title": "Presupuestos",
  "estimates.none": "Todavía no hay presupuestos.",
  "estimates.status.PENDING": "pendiente",
  "estimates.status.APPROVED": "aprobado",
  "estimates.status.DECLINED": "rechazado",
  "estimates.status.SUPERSEDED": "reemplazado",
  "estimates.waitingOwner": "Esperando al propietario (enlace enviado por correo).",
  "estimates.yours": "Le toca a usted aprobarlo.",
  "estimates.yoursOwnerTold": "Le toca a usted aprobarlo; se avisa al propietario.",
  "estimates.deemed": "Se da por aprobado",
  "estimates.addTitle": "Agregar un presupuesto",
  "estimates.amount": "Monto (USD)",
  "estimates.amountHint": "Por ejemplo 750 o 1,250.50",
  "estimates.covers": "Qué cubre",
  "estimates.validUntil": "Válido hasta (opcional)",
  "estimates.add": "Agregar presupuesto",
  "estimates.approve": "Aprobar {amount}",
  "estimates.decline": "Rechazar",
  "estimates.changeAmount": "Cambiar el monto",
  "estimates.newAmount": "Nuevo monto (USD)",
  "estimates.coversNow": "Qué cubre ahora (opcional)",
  "estimates.change": "Cambiar presupuesto",
  "estimates.added.owner":
    "Presupuesto de {amount} agregado. Supera {limit}: el propietario debe aprobarlo; se le envió un enlace por correo y el trabajo queda en espera hasta que responda.",
  "estimates.added.yours": "Presupuesto de {amount} agregado. Le toca a usted aprobarlo.",
  "estimates.added.yoursOwnerTold":
    "Presupuesto de {amount} agregado. Le toca a usted aprobarlo; se avisará al propietario.",
  "estimates.approved": "Presupuesto aprobado.",
  "estimates.declined": "Presupuesto rechazado.",
  "estimates.changed": "Presupuesto cambiado a {amount}. Cualquier enlace de aprobación anterior ya no funciona.",
  "estimates.variance.asApproved": "Real {actual} · según lo aprobado",
  "estimates.variance.over": "Real {actual} · {delta} ({percent}) por encima de lo aprobado, {approved}",
  "estimates.variance.under": "Real {actual} · {delta} ({percent}) por debajo de lo aprobado, {approved}",
  "note.waitingOwner": "Esperando que {owner} apruebe {amount}",
  "note.ownerSilent": "{owner} no ha respondido sobre {amount} en {days:# día|# días}: decida o llame",
  "note.ownerDeclined": "El propietario rechazó {amount}: {note}",
  "note.deemed":
    "Se da por aprobado: sin respuesta en {hours:# hora|# horas}, como prevé el contrato de administración",
};
