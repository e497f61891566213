"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import { importUnits, previewImport, type PreviewRow } from "@/lib/directory/import-units";
import { toActionState } from "@/lib/errors";

export type ImportState = {
  ok?: boolean;
  message?: string;
  csv?: string;
  rows?: PreviewRow[];
  errorCount?: number;
  imported?: boolean;
};

const MAX_BYTES = 1_000_000;

export async function importAction(_prev: ImportState, fd: FormData): Promise<ImportState> {
  const propertyId = String(fd.get("propertyId") ?? "");
  const file = fd.get("file");
  // A chosen file wins over the text box; its text then fills the box (a file input cannot be refilled).
  let csv = String(fd.get("csv") ?? "");
  if (file instanceof File && file.size > 0) {
    if (file.size > MAX_BYTES) return { ok: false, message: "The file is over 1 MB; split it.", csv };
    csv = await file.text();
  }
  if (!csv.trim()) return { ok: false, message: "Choose a CSV file or paste its contents.", csv };
  try {
    const actor = await requireActor("directory:edit");
    if (fd.get("intent") === "import") {
      const r = await importUnits({ actor, propertyId, csv });
      revalidatePath(`/dashboard/directory/properties/${propertyId}`);
      return { ok: true, imported: true, message: `Imported ${r.units} units and ${r.tenants} tenants.`, csv: "" };
    }
    const p = await previewImport({ actor, propertyId, csv });
    const message =
      p.fileError ??
      (p.errorCount
        ? `${p.errorCount} of ${p.rows.length} rows have problems. Fix them in the file and preview again; nothing is imported until all rows are right.`
        : `All ${p.rows.length} rows look right. Import them?`);
    return { ok: !p.errorCount, message, csv, rows: p.rows, errorCount: p.errorCount };
  } catch (err) {
    const s = toActionState(err);
    return { ok: false, message: typeof s.message === "string" ? s.message : "Something went wrong; try again.", csv };
  }
}
