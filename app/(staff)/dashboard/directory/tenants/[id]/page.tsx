// Add ("new", ?property=) or edit a tenant and their access profile. Saved codes are never sent
// to the browser: the form only says whether one is on file.
import Link from "next/link";
import { notFound } from "next/navigation";
import { SpecForm } from "@/components/directory/spec-form";
import { pageActor } from "@/lib/auth/session";
import { tenantForEdit, tenantUnitOptions } from "@/lib/directory/reads";
import { saveTenantAction } from "@/lib/actions/directory";

export const metadata = { title: "Tenant" };

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
  const t = id === "new" ? null : await tenantForEdit(actor, id);
  if (id !== "new" && !t) notFound();
  const propertyId = t?.unit.propertyId ?? property ?? "";
  const units = await tenantUnitOptions(actor, propertyId);
  if (!units.length) notFound();
  const onFile = (enc: string | null | undefined) =>
    enc ? "A code is on file; leave blank to keep it." : "None on file.";
  return (
    <main className="mx-auto max-w-3xl px-4 py-6">
      <p className="text-sm">
        <Link href={`/dashboard/directory/properties/${units[0].propertyId}`} className="text-brand underline">
          {units[0].property.name}
        </Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold">{t ? t.user.name : "Add a tenant"}</h1>
      <SpecForm
        action={saveTenantAction}
        hidden={{ tenantId: t?.id ?? "" }}
        submit="Save tenant"
        fields={[
          { name: "name", label: "Name", value: t?.user.name },
          { name: "email", label: "Email", kind: "email", value: t?.user.email },
          { name: "phone", label: "Phone", kind: "tel", value: t?.user.phone },
          {
            name: "unitId",
            label: "Unit",
            kind: "select",
            value: t?.unitId ?? units[0].id,
            options: units.map((u) => ({ value: u.id, label: u.label })),
          },
          {
            name: "contactMethod",
            label: "Contact method",
            kind: "select",
            value: t?.contactMethod ?? "EMAIL",
            options: [
              { value: "EMAIL", label: "Email" },
              { value: "SMS", label: "Text message" },
              { value: "PHONE", label: "Phone call" },
            ],
          },
          {
            name: "permissionToEnter",
            label: "Permission to enter when nobody is home",
            kind: "checkbox",
            checked: t?.permissionToEnter,
          },
          { name: "pets", label: "Pets", value: t?.pets },
          { name: "preferredTimes", label: "Preferred times", value: t?.preferredTimes },
          { name: "gateCode", label: "Gate code", kind: "password", hint: onFile(t?.gateCodeEnc) },
          { name: "lockboxCode", label: "Lockbox code", kind: "password", hint: onFile(t?.lockboxCodeEnc) },
          ...(t?.gateCodeEnc
            ? [{ name: "clearGateCode", label: "Remove the saved gate code", kind: "checkbox" as const }]
            : []),
          ...(t?.lockboxCodeEnc
            ? [{ name: "clearLockboxCode", label: "Remove the saved lockbox code", kind: "checkbox" as const }]
            : []),
        ]}
      />
    </main>
  );
}
