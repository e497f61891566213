// Add ("new", ?property=) or edit a tenant and their access profile. Saved codes are never sent
// to the browser: the form only says whether one is on file.
import Link from "next/link";
import { notFound } from "next/navigation";
import { SpecForm } from "@/components/directory/spec-form";
import { pageActor } from "@/lib/auth/session";
import { tenantForEdit, tenantUnitOptions } from "@/lib/directory/reads";
import { saveTenantAction } from "@/lib/actions/directory";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata() {
  const { t } = await getT();
  return { title: t("tenant.title") };
}

export default async function TenantPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ property?: string }>;
}) {
  const { id } = await params;
  const { property } = await searchParams;
  const actor = await pageActor("directory:edit", `/dashboard/directory/tenants/${id}`);
  const tn = id === "new" ? null : await tenantForEdit(actor, id);
  if (id !== "new" && !tn) notFound();
  const propertyId = tn?.unit.propertyId ?? property ?? "";
  const [units, { t }] = await Promise.all([tenantUnitOptions(actor, propertyId), getT()]);
  if (!units.length) notFound();
  const onFile = (enc: string | null | undefined) => (enc ? "tenant.codeOnFile" : "tenant.noCode");
  return (
    <main className="mx-auto max-w-3xl px-4 py-6">
      <p className="text-sm">
        <Link href={`/dashboard/directory/properties/${units[0].propertyId}`} className="text-brand underline">
          {units[0].property.name}
        </Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold">{tn ? tn.user.name : t("property.addTenant")}</h1>
      <SpecForm
        action={saveTenantAction}
        hidden={{ tenantId: tn?.id ?? "" }}
        submit="tenant.save"
        fields={[
          { name: "name", label: "property.name", value: tn?.user.name },
          { name: "email", label: "vendor.email", kind: "email", value: tn?.user.email },
          { name: "phone", label: "vendor.phone", kind: "tel", value: tn?.user.phone },
          {
            name: "unitId",
            label: "tenant.unit",
            kind: "select",
            value: tn?.unitId ?? units[0].id,
            options: units.map((u) => ({ value: u.id, label: u.label })),
          },
          {
            name: "contactMethod",
            label: "tenant.contactMethod",
            kind: "select",
            value: tn?.contactMethod ?? "EMAIL",
            options: [
              { value: "EMAIL", label: "tenant.EMAIL" },
              { value: "SMS", label: "tenant.SMS" },
              { value: "PHONE", label: "tenant.PHONE" },
            ],
          },
          {
            name: "permissionToEnter",
            label: "tenant.permissionToEnter",
            kind: "checkbox",
            checked: tn?.permissionToEnter,
          },
          { name: "pets", label: "tenant.pets", value: tn?.pets },
          { name: "preferredTimes", label: "tenant.preferredTimes", value: tn?.preferredTimes },
          { name: "gateCode", label: "tenant.gateCode", kind: "password", hint: onFile(tn?.gateCodeEnc) },
          { name: "lockboxCode", label: "tenant.lockboxCode", kind: "password", hint: onFile(tn?.lockboxCodeEnc) },
          ...(tn?.gateCodeEnc
            ? [{ name: "clearGateCode", label: "tenant.clearGateCode", kind: "checkbox" as const }]
            : []),
          ...(tn?.lockboxCodeEnc
            ? [{ name: "clearLockboxCode", label: "tenant.clearLockboxCode", kind: "checkbox" as const }]
            : []),
        ]}
      />
    </main>
  );
}
