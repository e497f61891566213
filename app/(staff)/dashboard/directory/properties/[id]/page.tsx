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
import { getT } from "@/lib/i18n/server";
import { responsibleCandidates } from "@/lib/work-orders/responsible";
import {
  assignManagersAction,
  saveDefaultResponsibleAction,
  savePropertyAction,
  savePropertyThresholdsAction,
  saveUnitAction,
} from "@/lib/actions/directory";

export async function generateMetadata() {
  const { t } = await getT();
  return { title: t("property.title") };
}

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
  const { t, locale } = await getT();
  const money = (cents: number) => formatCents(cents, locale);
  return (
    <main className="mx-auto max-w-5xl px-4 py-6">
      <p className="text-sm">
        <Link href="/dashboard/directory" className="text-brand underline">
          {t("directory.title")}
        </Link>
      </p>
      <h1 className="mb-1 text-2xl font-bold">{p?.name ?? t("property.add")}</h1>
      {saved && (
        <p role="status" className="my-3 rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900">
          {t("common.saved")}
        </p>
      )}
      {p && (
        <p className="mb-4 text-sm">
          {t("property.intakeLink")}{" "}
          <a className="break-all text-brand underline" href={intakeUrl(p.slug)}>
            {intakeUrl(p.slug)}
          </a>
        </p>
      )}
      <section aria-labelledby="details" className="rounded-md border border-slate-200 bg-white p-4">
        <h2 id="details" className="mb-3 text-lg font-semibold">
          {t("property.details")}
        </h2>
        <SpecForm
          action={savePropertyAction}
          hidden={{ propertyId: p?.id ?? "" }}
          submit="property.save"
          fields={[
            { name: "name", label: "property.name", value: p?.name },
            { name: "address", label: "property.address", value: p?.address },
            {
              name: "slug",
              label: "property.slug",
              value: p?.slug,
              hint: "property.slugHint",
            },
            ...(can(actor, "owners:edit")
              ? [
                  {
                    name: "ownerId",
                    label: "property.owner",
                    kind: "select" as const,
                    value: p?.ownerId ?? "",
                    options: [
                      { value: "", label: "property.noOwner" },
                      ...owners.map((o) => ({ value: o.id, label: o.name })),
                    ],
                  },
                ]
              : []),
          ]}
        />
      </section>
      {p && can(actor, "managers:assign") && (
        <section aria-labelledby="mgrs" className="mt-6 rounded-md border border-slate-200 bg-white p-4">
          <h2 id="mgrs" className="mb-3 text-lg font-semibold">
            {t("property.managers")}
          </h2>
          <SpecForm
            action={assignManagersAction}
            idPrefix="mgr-"
            hidden={{ propertyId: p.id }}
            submit="property.saveManagers"
            fields={[
              {
                name: "managerIds",
                label: "property.whoManages",
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
            {t("property.responsible")}
          </h2>
          <p className="mb-3 text-sm text-slate-600">{t("property.responsibleLead")}</p>
          <SpecForm
            action={saveDefaultResponsibleAction}
            idPrefix="resp-"
            hidden={{ propertyId: p.id }}
            submit="property.saveResponsible"
            fields={[
              {
                name: "defaultResponsibleId",
                label: "property.responsibleDefault",
                kind: "select" as const,
                value: p.defaultResponsibleId ?? "",
                options: [
                  { value: "", label: "queue.noOneResponsible" },
                  ...responsibles.map((u) => ({
                    value: u.id,
                    label: u.role === "ADMIN" ? t("property.admin", { name: u.name }) : u.name,
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
            {t("property.limits")}
          </h2>
          <p className="mb-3 text-sm text-slate-600">
            {p.owner?.approvalLimitCents != null
              ? t("property.limitsLeadOwner", { owner: p.owner.name })
              : t("property.limitsLeadOrg")}
          </p>
          <SpecForm
            action={savePropertyThresholdsAction}
            idPrefix="limits-"
            hidden={{ propertyId: p.id }}
            submit="property.saveLimits"
            fields={[
              {
                name: "managerLimit",
                label: "property.managerLimit",
                value: centsForInput(p.managerApprovalLimitCents),
                decimal: true,
                hint: t("property.emptyIs", { amount: money(org.managerApprovalLimitCents) }),
              },
              {
                name: "ownerLimit",
                label: "property.ownerLimit",
                value: centsForInput(p.ownerApprovalLimitCents),
                decimal: true,
                hint:
                  p.owner?.approvalLimitCents != null
                    ? t("property.emptyIsOwners", { amount: money(p.owner.approvalLimitCents), owner: p.owner.name })
                    : t("property.emptyIs", { amount: money(org.ownerNotifyLimitCents) }),
              },
            ]}
          />
        </section>
      )}
      {p && (
        <section aria-labelledby="units" className="mt-6">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="units" className="text-lg font-semibold">
              {t("property.units")}
            </h2>
            <div className="flex flex-wrap gap-2">
              <Link className={buttonSecondary} href={`${base}/import`}>
                {t("property.importCsv")}
              </Link>
              <Link className={buttonSecondary} href={`${base}/sheet`}>
                {t("property.qrSheet")}
              </Link>
              <Link className={buttonSecondary} href={`/dashboard/directory/tenants/new?property=${p.id}`}>
                {t("property.addTenant")}
              </Link>
            </div>
          </div>
          <ul className="mt-3 divide-y divide-slate-200 rounded-md border border-slate-200 bg-white">
            {p.units.map((u) => (
              <li key={u.id} className="grid gap-1 p-3 sm:grid-cols-[7rem_1fr_auto] sm:items-center">
                <p className="font-semibold">
                  {t("property.unit", { label: u.label })}
                  <span className="font-normal text-slate-600">
                    {u.floor != null ? t("property.floor", { floor: String(u.floor) }) : ""}
                  </span>
                </p>
                <p className="text-sm">
                  {u.tenants.map((tn) => (
                    <span key={tn.id} className="mr-3 block">
                      <Link href={`/dashboard/directory/tenants/${tn.id}`} className="text-brand underline">
                        {tn.user.name}
                      </Link>
                      {/* Never the codes here: only whether access is arranged. */}
                      <span className="text-slate-600">
                        {" "}
                        · {tn.user.email}
                        {tn.user.phone ? ` · ${tn.user.phone}` : ""} ·{" "}
                        {t("property.prefers", { method: `contact.${tn.contactMethod}` })}
                        {tn.permissionToEnter ? ` · ${t("property.mayEnter")}` : ""}
                        {tn.pets ? ` · ${t("property.pets", { pets: tn.pets })}` : ""}
                      </span>
                    </span>
                  ))}
                  {!u.tenants.length && <span className="text-slate-500">{t("property.noTenant")}</span>}
                </p>
                <p className="flex gap-3 text-sm">
                  <a
                    className="text-brand underline"
                    href={`${base}/qr?unit=${u.id}&format=png`}
                    download={`qr-${p.slug}-${u.label}.png`}
                    aria-label={t("property.qrPng", { label: u.label })}
                  >
                    PNG
                  </a>
                  <a
                    className="text-brand underline"
                    href={`${base}/qr?unit=${u.id}&format=svg`}
                    download={`qr-${p.slug}-${u.label}.svg`}
                    aria-label={t("property.qrSvg", { label: u.label })}
                  >
                    SVG
                  </a>
                  <a
                    className="text-brand underline"
                    href={intakeUrl(p.slug, u.id)}
                    aria-label={t("property.intakeFor", { label: u.label })}
                  >
                    {t("property.link")}
                  </a>
                </p>
              </li>
            ))}
          </ul>
          <div className="mt-4 rounded-md border border-slate-200 bg-white p-4">
            <h3 className="mb-2 font-semibold">{t("property.addUnit")}</h3>
            <SpecForm
              action={saveUnitAction}
              idPrefix="unit-"
              hidden={{ propertyId: p.id }}
              submit="property.addUnitButton"
              fields={[
                { name: "label", label: "property.unitLabel" },
                { name: "floor", label: "property.unitFloor" },
              ]}
            />
          </div>
        </section>
      )}
    </main>
  );
}
