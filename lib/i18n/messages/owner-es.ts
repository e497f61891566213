// Las páginas del propietario y «Mis notificaciones», en español (usted). Mismas claves que owner-en.ts.
import type { ownerEn } from "@/lib/i18n/messages/owner-en";

export const ownerEs: Record<keyof typeof ownerEn, string> = {
  "ownerPage.title": "Mis propiedades",
  "ownerPage.lead":
    "Solo lectura: su administrador lleva el trabajo; usted aprueba los costos desde los enlaces que recibe por correo.",
  "ownerPage.waiting": "Esperando su aprobación",
  "ownerPage.nothingWaiting": "No hay nada esperando su respuesta.",
  "ownerPage.waitingLine":
    "{description} · esperando desde hace {age} · use el enlace de su correo para aprobar o rechazar",
  "ownerPage.noWork": "No hay trabajos abiertos ni recientes.",
  "ownerPage.onHold": "En espera",
  "ownerPage.categoryUnit": "{category}, unidad {unit}",
  "ownerPage.unassigned": "Sin asignar",
  "ownerPage.age": "creada hace {age}",
  "ownerPage.spend": "Gasto por propiedad y mes",
  "ownerPage.downloadCsv": "Descargar CSV",
  "ownerPage.col.month": "Mes",
  "ownerPage.col.property": "Propiedad",
  "ownerPage.col.jobs": "Trabajos",
  "ownerPage.col.spend": "Gasto",
  "ownerPage.noSpend": "Todavía no hay trabajos terminados con costo.",
  "ownerReports.title": "Informes de mis propiedades",
  "ownerReports.lead":
    "Qué tan rápido y qué tan bien se hace el trabajo en sus propiedades, y cuánto cuesta. Cada número explica cómo se mide.",
  "ownerWo.metaTitle": "Orden de trabajo",
  "ownerWo.title": "Orden de trabajo n.º {number}",
  "ownerWo.onHold": "En espera: {reason}",
  "ownerWo.problem": "Problema",
  "ownerWo.where": "Dónde",
  "ownerWo.vendor": "Proveedor",
  "ownerWo.appointment": "Cita",
  "ownerWo.actualCost": "Costo real",
  "ownerWo.estimates": "Presupuestos",

  "myNotifs.title": "Mis notificaciones",
  "myNotifs.lead":
    "Aquí le llegan las solicitudes nuevas, los mensajes de los inquilinos, las alertas de SLA y sus trabajos. Los correos van a",
  "myNotifs.optedOut":
    "Los mensajes de texto a {phone} están desactivados: ese número respondió STOP. Si vuelve a elegir mensajes de texto y guarda, se reactivan.",
  "myNotifs.how": "¿Cómo prefiere que le avisemos?",
  "myNotifs.howHint":
    "Los mensajes de texto que pueden esperar se envían al terminar las horas de silencio de la organización; las emergencias y los plazos vencidos se envían a cualquier hora.",
  "myNotifs.EMAIL": "Solo correo",
  "myNotifs.SMS": "Solo mensajes de texto",
  "myNotifs.BOTH": "Correo y mensajes de texto",
  "myNotifs.phone": "Número de celular para mensajes de texto",
  "myNotifs.phoneHint":
    "Formato internacional: + y el código del país, por ejemplo +15551234567. Déjelo vacío para recibir solo correos.",
  "myNotifs.language": "Idioma de sus mensajes",
  "myNotifs.saving": "Guardando…",
  "myNotifs.save": "Guardar mis notificaciones",
  "myNotifs.saved": "Guardado: sus próximos mensajes seguirán estas preferencias.",
};
