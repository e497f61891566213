"use client";
import { useActionState } from "react";
import { importAction, type ImportState } from "@/lib/actions/import-units";
import { FormMessage } from "@/components/ui/field-error";
import { button, buttonSecondary, input, label } from "@/components/ui/styles";
import { useI18n } from "@/components/i18n/provider";

export function ImportForm({ propertyId }: { propertyId: string }) {
  const [state, run, pending] = useActionState<ImportState, FormData>(importAction, {});
  const canImport = !!state.rows?.length && !state.errorCount;
  const { t } = useI18n();
  return (
    <form action={run} className="mt-4 space-y-4">
      <input type="hidden" name="propertyId" value={propertyId} />
      <FormMessage message={state.message} ok={state.ok} />
      <div>
        <label htmlFor="file" className={label}>
          {t("import.file")}
        </label>
        <input id="file" name="file" type="file" accept=".csv,text/csv" className={input} />
      </div>
      <div key={state.csv ?? ""}>
        <label htmlFor="csv" className={label}>
          {t("import.paste")}
        </label>
        <textarea
          id="csv"
          name="csv"
          rows={8}
          defaultValue={state.csv ?? ""}
          className={`${input} font-mono text-sm`}
          spellCheck={false}
        />
      </div>
      <div className="flex flex-wrap gap-3">
        <button name="intent" value="preview" className={canImport ? buttonSecondary : button} disabled={pending}>
          {t("import.preview")}
        </button>
        {canImport && (
          <button name="intent" value="import" className={button} disabled={pending}>
            {t("import.importRows", { rows: state.rows!.length })}
          </button>
        )}
      </div>
      {!!state.rows?.length && (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[36rem] border-collapse text-sm">
            <caption className="mb-2 text-left font-semibold">{t("import.preview")}</caption>
            <thead>
              <tr className="border-b text-left">
                <th className="p-2">{t("import.line")}</th>
                <th className="p-2">{t("tenant.unit")}</th>
                <th className="p-2">{t("queue.tenant")}</th>
                <th className="p-2">{t("import.result")}</th>
              </tr>
            </thead>
            <tbody>
              {state.rows.map((r) => (
                <tr key={r.line} className={`border-b ${r.errors.length ? "bg-red-50" : ""}`}>
                  <td className="p-2">{r.line}</td>
                  <td className="p-2">{r.unit}</td>
                  <td className="p-2">{r.tenant}</td>
                  <td className="p-2">
                    {r.errors.length ? (
                      <span className="font-medium text-red-800">{r.errors.map((e) => t(e)).join(" ")}</span>
                    ) : (
                      r.action
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </form>
  );
}
