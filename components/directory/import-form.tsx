"use client";
import { useActionState } from "react";
import { importAction, type ImportState } from "@/lib/actions/import-units";
import { FormMessage } from "@/components/ui/field-error";
import { button, buttonSecondary, input, label } from "@/components/ui/styles";

export function ImportForm({ propertyId }: { propertyId: string }) {
  const [state, run, pending] = useActionState<ImportState, FormData>(importAction, {});
  const canImport = !!state.rows?.length && !state.errorCount;
  return (
    <form action={run} className="mt-4 space-y-4">
      <input type="hidden" name="propertyId" value={propertyId} />
      <FormMessage message={state.message} ok={state.ok} />
      <div>
        <label htmlFor="file" className={label}>
          CSV file
        </label>
        <input id="file" name="file" type="file" accept=".csv,text/csv" className={input} />
      </div>
      <div key={state.csv ?? ""}>
        <label htmlFor="csv" className={label}>
          …or paste the CSV
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
          Preview
        </button>
        {canImport && (
          <button name="intent" value="import" className={button} disabled={pending}>
            Import {state.rows!.length} rows
          </button>
        )}
      </div>
      {!!state.rows?.length && (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[36rem] border-collapse text-sm">
            <caption className="mb-2 text-left font-semibold">Preview</caption>
            <thead>
              <tr className="border-b text-left">
                <th className="p-2">Line</th>
                <th className="p-2">Unit</th>
                <th className="p-2">Tenant</th>
                <th className="p-2">Result</th>
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
                      <span className="font-medium text-red-800">{r.errors.join(" ")}</span>
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
