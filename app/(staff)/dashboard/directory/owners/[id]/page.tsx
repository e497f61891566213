import Link from "next/link";
import { notFound } from "next/navigation";
import { SpecForm } from "@/components/directory/spec-form";
import { pageActor } from "@/lib/auth/session";
import { centsForInput } from "@/lib/directory/approval-schemas";
import { orgOwnerNotifyLimit, ownerForEdit } from "@/lib/directory/owners";
import { formatCents } from "@/lib/money";
import { saveOwnerAction } from "@/lib/actions/directory";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata() {
  const { t } = await getT();
  return { title: t("owner.title") };
}

export default async function OwnerPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await pageActor("owners:edit", `/dashboard/directory/owners/${id}`);
  const o = id === "new" ? null : await ownerForEdit(actor, id);
  if (id !== "new" && !o) notFound();
  const [org, { t, locale }] = await Promise.all([orgOwnerNotifyLimit(actor), getT()]);
  return (
    <main className="mx-auto max-w-3xl px-4 py-6">
      <p className="text-sm">
        <Link href="/dashboard/directory/owners" className="text-brand underline">
          {t("directory.owners")}
        </Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold">{o?.name ?? t("directory.addOwner")}</h1>
      <SpecForm
        action={saveOwnerAction}
        hidden={{ ownerId: o?.id ?? "" }}
        submit="owner.save"
        fields={[
          { name: "name", label: "property.name", value: o?.name },
          { name: "email", label: "vendor.email", kind: "email", value: o?.email },
          { name: "phone", label: "vendor.phone", kind: "tel", value: o?.phone },
          {
            name: "secondContactEmail",
            label: "owner.secondEmail",
            kind: "email",
            value: o?.secondContactEmail,
            hint: "owner.secondEmailHint",
          },
          {
            name: "approvalLimit",
            label: "owner.approvalLimit",
            value: centsForInput(o?.approvalLimitCents),
            decimal: true,
            hint: t("owner.approvalLimitHint", { amount: formatCents(org.ownerNotifyLimitCents, locale) }),
          },
          {
            name: "deemedApprovedAfterHours",
            label: "owner.deemedAfter",
            value: o?.deemedApprovedAfterHours,
            hint: "owner.deemedAfterHint",
          },
        ]}
      />
    </main>
  );
}
