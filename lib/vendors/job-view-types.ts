// What the vendor or technician sees of their job: a plain view type, importable by components.
import type { AttachmentKind, Priority, WorkOrderStatus } from "@/lib/db/generated/enums";

type File = { id: string; fileName: string; kind: AttachmentKind; stage: string; contentType: string };

export type JobEvent = {
  id: string;
  type: string;
  actorLabel: string;
  fromStatus: WorkOrderStatus | null;
  toStatus: WorkOrderStatus | null;
  details: unknown;
  createdAt: Date;
};

export type JobView = {
  trackingNumber: number;
  version: number;
  status: WorkOrderStatus;
  priority: Priority;
  description: string;
  category: string;
  property: { name: string; address: string };
  unit: string;
  org: { name: string; timeZone: string; emergencyHotline: string };
  windowStart: Date | null;
  windowEnd: Date | null;
  acceptedAt: Date | null;
  departedAt: Date | null;
  arrivedAt: Date | null;
  completedAt: Date | null;
  completionNotes: string | null;
  actualCostCents: number | null;
  /** Access for the visit: only while the job is open. Whether a code exists, never the code. */
  access: { permissionToEnter: boolean; pets: string; preferredTimes: string; gate: boolean; lockbox: boolean } | null;
  tenant: { name: string | null; phone: string | null } | null;
  photos: File[];
  afterPhotos: File[];
  invoices: File[];
  /** The job's conversation, oldest first: what the tenant, the office and the assignee wrote (no internal notes). */
  messages: { id: string; authorLabel: string; body: string; createdAt: Date }[];
  events: JobEvent[];
};
