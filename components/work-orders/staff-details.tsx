// Who, where and how to get in, for the manager.
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

const METHOD: Record<string, string> = { SMS: "Text message", EMAIL: "Email", PHONE: "Phone call" };
const card = "rounded-lg border border-slate-200 bg-white p-4 text-sm";

export function StaffDetails(p: Props) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <section aria-labelledby="problem-heading" className={`${card} md:col-span-2`}>
        <h2 id="problem-heading" className="text-base font-semibold">
          Problem: {p.category}
        </h2>
        <p className="mt-1 whitespace-pre-wrap">{p.description}</p>
        <dl className="mt-3 grid gap-2 sm:grid-cols-2">
          <div>
            <dt className="font-semibold">Assigned to</dt>
            <dd>{p.assignee ?? "Unassigned"}</dd>
          </div>
          <div>
            <dt className="font-semibold">Appointment</dt>
            <dd>{p.appointment ?? "—"}</dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby="tenant-heading" className={card}>
        <h2 id="tenant-heading" className="text-base font-semibold">
          Tenant and unit
        </h2>
        <p className="mt-1">
          {p.property}, unit {p.unit}
        </p>
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
          {p.people.length === 0 && <li>No tenant on file.</li>}
        </ul>
        {p.reporterNote && <p className="mt-1 text-slate-600">{p.reporterNote}</p>}
        <p className="mt-2">
          <span className="font-semibold">Contact by:</span> {METHOD[p.contactMethod] ?? p.contactMethod}
        </p>
      </section>
      <section aria-labelledby="access-heading" className={card}>
        <h2 id="access-heading" className="text-base font-semibold">
          Access
        </h2>
        <ul className="mt-1 space-y-1">
          <li>{p.permissionToEnter ? "OK to enter when nobody is home" : "Someone must be home"}</li>
          <li>
            <span className="font-semibold">Pets:</span> {p.pets || "none mentioned"}
          </li>
          <li>
            <span className="font-semibold">Best times:</span> {p.preferredTimes || "any"}
          </li>
        </ul>
        <div className="mt-2">
          <AccessCodes trackingNumber={p.trackingNumber} gate={p.hasGate} lockbox={p.hasLockbox} />
        </div>
      </section>
    </div>
  );
}
