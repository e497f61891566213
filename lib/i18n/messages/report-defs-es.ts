// Lo que mide cada número de los informes (issue 18), en español: las mismas claves que
// report-defs-en.ts. {created} es la primera frase común (def.created); {callbackWindow}, el
// ajuste de la organización.
import type { reportDefsEn } from "@/lib/i18n/messages/report-defs-en";

export const reportDefsEs: Record<keyof typeof reportDefsEn, string> = {
  "def.created":
    "Órdenes de trabajo creadas en el periodo (dentro de su alcance y según los filtros), sea cual sea su estado actual.",
  "def.time.calendar": "calendario",
  "def.time.business": "hábil",
  "def.time.none": "no es una duración",
  "def.days": "{n:# día|# días}",
  "def.speed.firstResponse.title": "Tiempo hasta la primera respuesta",
  "def.speed.firstResponse.counts": "{created} Solo se miden las que ya tuvieron respuesta.",
  "def.speed.firstResponse.clock":
    "Empieza al crearse la solicitud; se detiene con la primera acción de un administrador sobre ella (acusar recibo o asignar). Mediana, percentil 90 y media, en horas.",
  "def.speed.schedule.title": "Tiempo hasta programar",
  "def.speed.schedule.counts": "{created} Solo se miden las que ya se programaron.",
  "def.speed.schedule.clock":
    "Empieza al crearse la solicitud; se detiene al reservarse la primera visita (el primer cambio a Programada).",
  "def.speed.complete.title": "Tiempo hasta completar",
  "def.speed.complete.counts": "{created} Solo se miden las completadas (Terminada o Cerrada).",
  "def.speed.complete.clock":
    "Empieza al crearse la solicitud; se detiene al completarse. Una orden reabierta se detiene en su última finalización.",
  "def.speed.close.title": "Tiempo hasta cerrar",
  "def.speed.close.counts": "{created} Solo se miden las cerradas.",
  "def.speed.close.clock":
    "Empieza al crearse la solicitud; se detiene al cerrarse (por el inquilino, el personal o el cierre automático).",
  "def.speed.speedOfRepair.title": "Velocidad de reparación",
  "def.speed.speedOfRepair.counts": "{created} Solo se miden las completadas.",
  "def.speed.speedOfRepair.clock":
    "De creada a completada, en días: media y mediana. La medida de Property Meld: 6,9 días de media en 2025; 5,5 días o menos distingue a los operadores con buenas reseñas.",
  "def.speed.trend.title": "Tendencia",
  "def.speed.trend.counts":
    "{created} Agrupadas por la semana (lunes) o el mes de creación en la zona horaria de la organización: semanas para periodos de hasta 120 días, meses para los más largos.",
  "def.speed.trend.clock":
    "Mediana del tiempo hasta la primera respuesta y hasta completar de las solicitudes de cada semana o mes.",
  "def.sla.response.title": "Respuesta a tiempo",
  "def.sla.response.counts":
    "{created} Se excluye el trabajo cancelado, y también el aún sin respuesta cuyo plazo de respuesta no ha vencido.",
  "def.sla.response.clock":
    "Se cumple cuando la primera respuesta llegó antes o en el plazo de respuesta guardado en la orden; se incumple cuando llegó después, o no ha llegado y el plazo ya pasó.",
  "def.sla.resolution.title": "Resolución a tiempo",
  "def.sla.resolution.counts":
    "{created} Se excluye el trabajo cancelado, y también el trabajo sin terminar cuyo plazo de resolución no ha vencido.",
  "def.sla.resolution.clock":
    "Se cumple cuando el trabajo se completó antes o en el plazo de resolución; se incumple cuando fue después, o sigue sin terminar pasado el plazo. Los plazos corren en tiempo de calendario para Emergencia y Urgente, y en días hábiles (semana laboral y feriados) para Rutina y Baja.",
  "def.sla.breaches.title": "Incumplimientos",
  "def.sla.breaches.counts":
    "Cada plazo de respuesta o de resolución incumplido de las órdenes anteriores; se listan los 100 con el vencimiento más reciente, con el total.",
  "def.sla.breaches.clock":
    "Cuánto se atrasó: desde el vencimiento hasta que se cumplió, o hasta ahora si sigue sin cumplirse.",
  "def.volume.throughput.title": "Solicitudes que entran y salen",
  "def.volume.throughput.counts":
    "Entran: órdenes creadas en cada semana del periodo. Salen: órdenes completadas en cada semana (una reabierta cuenta al completarse de nuevo).",
  "def.volume.throughput.clock": "Las semanas empiezan el lunes en la zona horaria de la organización.",
  "def.volume.backlog.title": "Pendientes abiertas por antigüedad",
  "def.volume.backlog.counts":
    "Órdenes abiertas ahora — Nueva, Asignada o Programada, creadas cuando sea; el periodo no se aplica, los demás filtros sí.",
  "def.volume.backlog.clock": "Antigüedad en días completos desde su creación: 0–2, 3–7, 8–14, 15–30 y más de 30.",
  "def.volume.stages.title": "Tiempo en cada etapa",
  "def.volume.stages.counts":
    "{created} Cada estancia en Nueva, Asignada, Programada o Terminada; una orden reabierta o devuelta pasa por una etapa más de una vez. Las estancias aún en curso se cuentan como actuales, no se miden.",
  "def.volume.stages.clock":
    "Empieza cuando la orden entra en el estado (la creación para Nueva); se detiene en su siguiente cambio a otro estado. Reprogramar o reasignar no termina la estancia.",
  "def.volume.holds.title": "Tiempo en espera",
  "def.volume.holds.counts":
    "Esperas iniciadas en el periodo a órdenes dentro de su alcance, según el motivo indicado al iniciarlas.",
  "def.volume.holds.clock":
    "Empieza al poner el trabajo en espera; se detiene al reanudarlo. Una espera nunca terminada corre hasta ahora mientras el trabajo siga en espera; si no, hasta su finalización, cierre o cancelación.",
  "def.repeats.sameUnit.title": "Misma unidad, misma categoría",
  "def.repeats.sameUnit.counts":
    "{created} Se excluyen las solicitudes canceladas. Se lista cada unidad con dos o más solicitudes de una misma categoría; se muestran las 500 con más solicitudes, con el total.",
  "def.repeats.sameUnit.clock": "Dentro del periodo.",
  "def.repeats.spikes.title": "Aumento de una categoría en una propiedad",
  "def.repeats.spikes.counts":
    "{created} Se excluyen las solicitudes canceladas. Se lista cuando una categoría tiene 3 o más solicitudes de 2 o más unidades de una propiedad; en aumento cuando eso es al menos el doble del periodo anterior de igual duración.",
  "def.repeats.spikes.clock": "El periodo, comparado con el inmediatamente anterior.",
  "def.repeats.callbacks.title": "Repeticiones",
  "def.repeats.callbacks.counts":
    "Órdenes dentro de su alcance que volvieron en el periodo: reabiertas tras completarse (de Terminada o Cerrada a Asignada), o seguidas de una solicitud nueva, no cancelada, para la misma unidad y categoría.",
  "def.repeats.callbacks.clock":
    "Una solicitud nueva cuenta cuando se hace dentro del plazo de repetición de la organización ({callbackWindow}) después de la finalización del proveedor o técnico.",
  "def.vendors.table.title": "Proveedores y técnicos",
  "def.vendors.table.counts":
    "Trabajos: órdenes creadas en el periodo que ahora tiene el proveedor o el técnico propio. Las rechazadas (devueltas a Nueva) y las perdidas (reasignadas a otro) cuentan cuando eso ocurrió en el periodo.",
  "def.vendors.table.clock":
    "Respuesta: de asignado a aceptado. A tiempo: llegó antes del fin de la franja reservada. Finalización: de asignado a completado. Arreglo a la primera: trabajos completados nunca reabiertos ni seguidos de una repetición dentro del plazo de repetición de la organización ({callbackWindow}). Costo: costo real de los trabajos; frente al presupuesto: real menos el presupuesto aprobado, en los trabajos que tienen ambos.",
  "def.tenants.rating.title": "Calificación de los inquilinos",
  "def.tenants.rating.counts":
    "Órdenes cerradas en el periodo; la calificación es la del inquilino, de 1 a 5, tras el cierre. Tasa de respuesta a la encuesta: calificadas ÷ cerradas.",
  "def.tenants.rating.clock": "No es una duración.",
  "def.tenants.selfHelp.title": "Problemas resueltos con autoayuda",
  "def.tenants.selfHelp.counts":
    "Resueltos: respuestas «esto lo resolvió» en el periodo en propiedades dentro de su alcance (la de un visitante del código QR cuenta para la propiedad aunque no elija unidad). Mostrados: esas más las solicitudes hechas en el periodo en una categoría con consejos (el formulario muestra los consejos antes de enviar). Desvío: resueltos ÷ mostrados.",
  "def.tenants.selfHelp.clock": "No es una duración. Los filtros de prioridad y de proveedor no se aplican.",
  "def.costs.spend.title": "Gasto",
  "def.costs.spend.counts":
    "Órdenes completadas o cerradas cuya finalización cae en el periodo; el costo real registrado al completarse.",
  "def.costs.spend.clock": "Los meses se cortan en la zona horaria de la organización.",
  "def.costs.approvals.title": "Tiempo de aprobación del propietario",
  "def.costs.approvals.counts":
    "Presupuestos creados en el periodo en órdenes dentro de su alcance. Las aprobaciones dadas por silencio del propietario se cuentan aparte; los presupuestos sin decidir están pendientes.",
  "def.costs.approvals.clock": "Empieza al crearse el presupuesto; se detiene con la primera decisión del propietario.",
  "def.costs.estimateVsActual.title": "Presupuesto frente a costo real",
  "def.costs.estimateVsActual.counts":
    "Trabajo completado en el periodo con un presupuesto aprobado (el último aprobado) y un costo real.",
  "def.costs.estimateVsActual.clock": "Costo real menos presupuesto aprobado, sumado.",
};
