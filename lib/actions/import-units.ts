"use server";
// A property's CSV import: who (directory:edit), the CSV (a chosen file wins over the text box, read
// only once the caller is known), then a preview or the import itself.
import { z } from "zod";
import type { Actor } from "@/lib/auth/session";
import { formAction, staff } from "@/lib/actions/define";
import { importUnits, previewImport, type PreviewRow } from "@/lib/directory/import-units";
import { AppError, type ActionState } from "@/lib/errors";
import { msg } from "@/lib/i18n/translate";

export type ImportState = ActionState & {
  csv?: string;
  rows?: PreviewRow[];
  errorCount?: number;
  imported?: boolean;
};

const MAX_BYTES = 1_000_000;

export const importAction = formAction<
  Actor,
  { propertyId: string; intent: string },
  ImportState,
  { csv: string; tooBig: boolean }
>({
  who: staff("directory:edit"),
  input: z.object({ propertyId: z.string().default(""), intent: z.string().default("") }),
  // The file's text fills the box again (a file input cannot be refilled).
  files: async ({ formData }) => {
    const file = formData.get("file");
    const typed = String(formData.get("csv") ?? "");
    if (!(file instanceof File) || file.size === 0) return { value: { csv: typed, tooBig: false } };
    if (file.size > MAX_BYTES) return { value: { csv: typed, tooBig: true } };
    return { value: { csv: await file.text(), tooBig: false } };
  },
  onRefusal: async ({ files, formData }) => ({ csv: files?.csv ?? String(formData.get("csv") ?? "") }),
  run: async ({ caller, input: { propertyId, intent }, files: { csv, tooBig }, now }) => {
    if (tooBig) throw new AppError("INVALID_INPUT", "import.v.tooBig");
    if (!csv.trim()) throw new AppError("INVALID_INPUT", "import.v.empty");
    if (intent === "import") {
      const r = await importUnits({ now, actor: caller, propertyId, csv });
      const message = msg("import.done", { units: r.units, tenants: r.tenants });
      return {
        revalidate: [`/dashboard/directory/properties/${propertyId}`],
        state: { ok: true, imported: true, message, csv: "" },
      };
    }
    const p = await previewImport({ actor: caller, propertyId, csv });
    const message =
      p.fileError ??
      (p.errorCount
        ? msg("import.problems", { errors: p.errorCount, rows: p.rows.length })
        : msg("import.allRight", { rows: p.rows.length }));
    return { state: { ok: !p.errorCount, message, csv, rows: p.rows, errorCount: p.errorCount } };
  },
});
