"use client";
// "Select all on this page": ticks every row box of the bulk form. Without JavaScript rows are
// still ticked one by one.
import { useI18n } from "@/components/i18n/provider";

export const BULK_FORM_ID = "bulk-form";

export function SelectAll() {
  const { t } = useI18n();
  return (
    <>
      <label className="sr-only" htmlFor="pick-all">
        {t("queue.selectAll")}
      </label>
      <input
        id="pick-all"
        type="checkbox"
        className="h-5 w-5"
        onChange={(e) =>
          document
            .querySelectorAll<HTMLInputElement>(`input[name="item"][form="${BULK_FORM_ID}"]`)
            .forEach((box) => (box.checked = e.currentTarget.checked))
        }
      />
    </>
  );
}
