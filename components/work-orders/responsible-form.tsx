"use client";
// Who answers for this request (issue 18): the property's default at intake, changed here. The
// list holds only those who may be chosen (active admins and this property's managers).
import { setResponsibleAction } from "@/lib/actions/work-order-staff";
import { NO_ONE_RESPONSIBLE } from "@/components/queue/labels";
import { useI18n } from "@/components/i18n/provider";
import { Field, Select, StaffForm } from "./staff-form";

type Props = {
  trackingNumber: number;
  version: number;
  current: { id: string; name: string } | null;
  people: { id: string; name: string; role: string }[];
  open: boolean;
};

export function ResponsibleForm({ trackingNumber, version, current, people, open }: Props) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="responsible-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h3 id="responsible-heading" className="font-semibold">
        {t("staffWo.responsible")}
      </h3>
      <p className="mt-1 text-sm" data-testid="responsible-now">
        {current ? current.name : <span className="italic text-slate-600">{t(NO_ONE_RESPONSIBLE)}</span>}
      </p>
      {open && (
        <StaffForm
          trackingNumber={trackingNumber}
          version={version}
          action={setResponsibleAction}
          submit="staffWo.saveResponsible"
          secondary
          className="mt-3 space-y-3"
        >
          {(e) => (
            <Field id="responsibleId" name="responsibleId" text="staffWo.responsiblePerson" errors={e.responsibleId}>
              <Select
                id="responsibleId"
                name="responsibleId"
                errors={e.responsibleId}
                initial={current?.id ?? ""}
                options={[
                  ["", t(NO_ONE_RESPONSIBLE)],
                  ...people.map((p): [string, string] => [
                    p.id,
                    p.role === "ADMIN" ? t("staffWo.adminName", { name: p.name }) : p.name,
                  ]),
                ]}
              />
            </Field>
          )}
        </StaffForm>
      )}
    </section>
  );
}
