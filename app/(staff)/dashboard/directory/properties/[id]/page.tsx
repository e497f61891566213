// A property: its details, managers (admin), units with their intake links and QR codes, tenants.
import Link from "next/link";
import { notFound } from "next/navigation";
import { SpecForm } from "@/components/directory/spec-form";
import { buttonSecondary } from "@/components/ui/styles";
import { can } from "@/lib/auth/permissions";
import { pageActor } from "@/lib/auth/session";
import { assignableManagers, orgApprovalLimits, ownerOptions, propertyDetails } from "@/lib/directory/reads";
import { intakeUrl } from "@/lib/directory/intake-link";
import { centsForInput } from "@/lib/directory/approval-schemas";
import { formatCents } from "@/lib/money";
import { responsibleCandidates } from "@/lib/work-orders/responsible";
import {
  assignManagersAction,
  saveDefaultResponsibleAction,
  savePropertyAction,
  savePropertyThresholdsAction,
  saveUnitAction,
} from "@/lib/actions/directory";

export const metadata = { title: "Property" };

export default async function PropertyPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const { id } = await params;
  const { saved } = await searchParams;
  const actor = await pageActor(
    id === "new" ? "managers:assign" : "directory:view",
    `/dashboard/directory/properties/${id}`,
  );
  const p = id === "new" ? null : await propertyDetails(actor, id);
  if (id !== "new" && !p) notFound();
  const owners = can(actor, "owners:edit") ? await ownerOptions(actor) : [];
  const managers = can(actor, "managers:assign") ? await assignableManagers(actor) : [];
  const org = can(actor, "settings:edit") ? await orgApprovalLimits(actor) : null;
  const responsibles = p && can(actor, "directory:edit") ? await responsibleCandidates(p.orgId, p.id) : [];
  const base = `/dashboard/directory/properties/${id}`;
  return (
    <main className="mx-auto max-w-5xl px-4 py-6">
      <p className="text-sm">
        <Link href="/dashboard/directory" className="text-brand underline">
          Directory
        </Link>
      </p>
      <h1 className="mb-1 text-2xl font-bold">{p?.name ?? "Add a property"}</h1>
      {saved && (
        <p role="status" className="my-3 rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900">
          Saved.
        </p>
      )}
      {p && (
        <p className="mb-4 text-sm">
          Intake link:{" "}
          <a className="break-all text-brand underline" href={intakeUrl(p.slug)}>
            {intakeUrl(p.slug)}
          </a>
        </p>
      )}
      <section aria-labelledby="details" className="rounded-md border border-slate-200 bg-white p-4">
        <h2 id="details" className="mb-3 text-lg font-semibold">
          Details
        </h2>
        <SpecForm
          action={savePropertyAction}
          hidden={{ propertyId: p?.id ?? "" }}
          submit="Save property"
          fields={[
            { name: "name", label: "Name", value: p?.name },
            { name: "address", label: "Address", value: p?.address },
            {
              name: "slug",
              label: "Link name (in /r/…)",
              value: p?.slug,
              hint: "Printed QR codes stop working if you change it.",
            },
            ...(can(actor, "owners:edit")
              ? [
                  {
                    name: "ownerId",
                    label: "Owner",
                    kind: "select" as const,
                    value: p?.ownerId ?? "",
                    options: [{ value: "", label: "No owner" }, ...owners.map((o) => ({ value: o.id, label: o.name }))],
                  },
                ]
              : []),
          ]}
        />
      </section>
      {p && can(actor, "managers:assign") && (
        <section aria-labelledby="mgrs" className="mt-6 rounded-md border border-slate-200 bg-white p-4">
          <h2 id="mgrs" className="mb-3 text-lg font-semibold">
            Managers
          </h2>
          <SpecForm
            action={assignManagersAction}
            idPrefix="mgr-"
            hidden={{ propertyId: p.id }}
            submit="Save managers"
            fields={[
              {
                name: "managerIds",
                label: "Who manages this property",
                kind: "multi",
                values: p.managers.map((m) => m.userId),
                options: managers.map((m) => ({ value: m.id, label: m.name })),
              },
            ]}
          />
        </section>
      )}
      {p && can(actor, "directory:edit") && (
        <section aria-labelledby="responsible" className="mt-6 rounded-md border border-slate-200 bg-white p-4">
          <h2 id="responsible" className="text-lg font-semibold">
            Responsible for new requests
          </h2>
          <p className="mb-3 text-sm text-slate-600">
            Every new request here, from any channel, starts with this person responsible; staff can change it on each
            work order.
          </p>
          <SpecForm
            action={saveDefaultResponsibleAction}
            idPrefix="resp-"
            hidden={{ propertyId: p.id }}
            submit="Save responsible person"
            fields={[
              {
                name: "defaultResponsibleId",
                label: "Responsible by default",
                kind: "select" as const,
                value: p.defaultResponsibleId ?? "",
                options: [
                  { value: "", label: "No one responsible" },
                  ...responsibles.map((u) => ({
                    value: u.id,
                    label: `${u.name}${u.role === "ADMIN" ? " (admin)" : ""}`,
                  })),
                ],
              },
            ]}
          />
        </section>
      )}
      {p && org && (
        <section aria-labelledby="limits" className="mt-6 rounded-md border border-slate-200 bg-white p-4">
          <h2 id="limits" className="text-lg font-semibold">
            Cost approval limits
          </h2>
          <p className="mb-3 text-sm text-slate-600">
            Leave empty to use {p.owner?.approvalLimitCents != null ? `${p.owner.name}'s` : "the organisation's"}{" "}
            limits. An emergency over the owner&apos;s limit is still the manager&apos;s to approve; the owner is told.
          </p>
          <SpecForm
            action={savePropertyThresholdsAction}
            idPrefix="limits-"
            hidden={{ propertyId: p.id }}
            submit="Save approval limits"
            fields={[
              {
                name: "managerLimit",
                label: "Manager approves alone under (USD)",
                value: centsForInput(p.managerApprovalLimitCents),
                decimal: true,
                hint: `Empty: ${formatCents(org.managerApprovalLimitCents)}.`,
              },
              {
                name: "ownerLimit",
                label: "Owner must approve over (USD)",
                value: centsForInput(p.ownerApprovalLimitCents),
                decimal: true,
                hint: `Empty: ${formatCents(p.owner?.approvalLimitCents ?? org.ownerNotifyLimitCents)}${p.owner?.approvalLimitCents != null ? ` (${p.owner.name}'s)` : ""}.`,
              },
            ]}
          />
        </section>
      )}
      {p && (
        <section aria-labelledby="units" className="mt-6">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="units" className="text-lg font-semibold">
              Units and tenants
            </h2>
            <div className="flex flex-wrap gap-2">
              <Link className={buttonSecondary} href={`${base}/import`}>
                Import CSV
              </Link>
              <Link className={buttonSecondary} href={`${base}/sheet`}>
                Printable QR sheet
              </Link>
              <Link className={buttonSecondary} href={`/dashboard/directory/tenants/new?property=${p.id}`}>
                Add a tenant
              </Link>
            </div>
          </div>
          <ul className="mt-3 divide-y divide-slate-200 rounded-md border border-slate-200 bg-white">
            {p.units.map((u) => (
              <li key={u.id} className="grid gap-1 p-3 sm:grid-cols-[7rem_1fr_auto] sm:items-center">
                <p className="font-semibold">
                  Unit {u.label}
                  <span className="font-normal text-slate-600">{u.floor != null ? ` · floor ${u.floor}` : ""}</span>
                </p>
                <p className="text-sm">
                  {u.tenants.map((t) => (
                    <span key={t.id} className="mr-3 block">
                      <Link href={`/dashboard/directory/tenants/${t.id}`} className="text-brand underline">
                        {t.user.name}
                      </Link>
                      {/* Never the codes here: only whether access is arranged. */}
                      <span className="text-slate-600">
                        {" "}
                        · {t.user.email}
                        {t.user.phone ? ` · ${t.user.phone}` : ""} · prefers {t.contactMethod.toLowerCase()}
                        {t.permissionToEnter ? " · may enter" : ""}
                        {t.pets ? ` · pets: ${t.pets}` : ""}
                      </span>
                    </span>
                  ))}
                  {!u.tenants.length && <span className="text-slate-500">No tenant</span>}
                </p>
                <p className="flex gap-3 text-sm">
                  <a
                    className="text-brand underline"
                    href={`${base}/qr?unit=${u.id}&format=png`}
                    download={`qr-${p.slug}-${u.label}.png`}
                    aria-label={`QR code PNG for unit ${u.label}`}
                  >
                    PNG
                  </a>
                  <a
                    className="text-brand underline"
                    href={`${base}/qr?unit=${u.id}&format=svg`}
                    download={`qr-${p.slug}-${u.label}.svg`}
                    aria-label={`QR code SVG for unit ${u.label}`}
                  >
                    SVG
                  </a>
                  <a
                    className="text-brand underline"
                    href={intakeUrl(p.slug, u.id)}
                    aria-label={`Intake link for unit ${u.label}`}
                  >
                    Link
                  </a>
                </p>
              </li>
            ))}
          </ul>
          <div className="mt-4 rounded-md border border-slate-200 bg-white p-4">
            <h3 className="mb-2 font-semibold">Add a unit</h3>
            <SpecForm
              action={saveUnitAction}
              idPrefix="unit-"
              hidden={{ propertyId: p.id }}
              submit="Add unit"
              fields={[
                { name: "label", label: "Unit label" },
                { name: "floor", label: "Floor" },
              ]}
            />
          </div>
        </section>
      )}
    </main>
  );
}
