// Who, where and how to get in, for the manager.
import { getT } from "@/lib/i18n/server";
import { AccessCodes } from "./access-codes";

type Person = { name: string; email: string | null; phone: string | null; contactMethod?: string };
type Props = {
  trackingNumber: number;
  property: string;
  address?: string;
  unit: string;
  category: string;
  description: string;
  people: Person[];
  reporterNote?: string;
  contactMethod: string;
  permissionToEnter: boolean;
  pets: string;
  preferredTimes: string;
  hasGate: boolean;
  hasLockbox: boolean;
  assignee: string | null;
  appointment: string | null;
};

const card = "rounded-lg border border-slate-200 bg-white p-4 text-sm";

export async function StaffDetails(p: Props) {
  const { t } = await getT();
  const method = ["SMS", "EMAIL", "PHONE"].includes(p.contactMethod)
    ? t(`staffWo.method.${p.contactMethod as "SMS" | "EMAIL" | "PHONE"}`)
    : p.contactMethod;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <section aria-labelledby="problem-heading" className={`${card} md:col-span-2`}>
        <h2 id="problem-heading" className="text-base font-semibold">
          {t("staffWo.problem", { category: p.category })}
        </h2>
        <p className="mt-1 whitespace-pre-wrap">{p.description}</p>
        <dl className="mt-3 grid gap-2 sm:grid-cols-2">
          <div>
            <dt className="font-semibold">{t("staffWo.assignedTo")}</dt>
            <dd>{p.assignee ?? t("staffWo.unassigned")}</dd>
          </div>
          <div>
            <dt className="font-semibold">{t("staffWo.appointment")}</dt>
            <dd>{p.appointment ?? "—"}</dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby="tenant-heading" className={card}>
        <h2 id="tenant-heading" className="text-base font-semibold">
          {t("staffWo.tenantAndUnit")}
        </h2>
        <p className="mt-1">{t("staffWo.propertyUnit", { property: p.property, unit: p.unit })}</p>
        <ul className="mt-2 space-y-2">
          {p.people.map((x) => (
            <li key={`${x.name}${x.email}`}>
              <span className="font-semibold">{x.name}</span>
              {x.phone && (
                <>
                  {" "}
                  ·{" "}
                  <a className="underline" href={`tel:${x.phone}`}>
                    {x.phone}
                  </a>
                </>
              )}
              {x.email && (
                <>
                  {" "}
                  ·{" "}
                  <a className="break-all underline" href={`mailto:${x.email}`}>
                    {x.email}
                  </a>
                </>
              )}
            </li>
          ))}
          {p.people.length === 0 && <li>{t("staffWo.noTenant")}</li>}
        </ul>
        {p.reporterNote && <p className="mt-1 text-slate-600">{p.reporterNote}</p>}
        <p className="mt-2">
          <span className="font-semibold">{t("staffWo.contactBy")}</span> {method}
        </p>
      </section>
      <section aria-labelledby="access-heading" className={card}>
        <h2 id="access-heading" className="text-base font-semibold">
          {t("staffWo.access")}
        </h2>
        <ul className="mt-1 space-y-1">
          <li>{t(p.permissionToEnter ? "staffWo.okToEnter" : "staffWo.someoneHome")}</li>
          <li>
            <span className="font-semibold">{t("staffWo.pets")}</span> {p.pets || t("staffWo.noPets")}
          </li>
          <li>
            <span className="font-semibold">{t("staffWo.bestTimes")}</span> {p.preferredTimes || t("staffWo.anyTime")}
          </li>
        </ul>
        <div className="mt-2">
          <AccessCodes trackingNumber={p.trackingNumber} gate={p.hasGate} lockbox={p.hasLockbox} />
        </div>
      </section>
    </div>
  );
}
