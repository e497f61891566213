import Link from "next/link";
import { notFound } from "next/navigation";
import { SpecForm } from "@/components/directory/spec-form";
import { pageActor } from "@/lib/auth/session";
import { centsForInput } from "@/lib/directory/approval-schemas";
import { orgOwnerNotifyLimit, ownerForEdit } from "@/lib/directory/owners";
import { formatCents } from "@/lib/money";
import { saveOwnerAction } from "@/lib/actions/directory";

export const metadata = { title: "Owner" };

export default async function OwnerPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await pageActor("owners:edit", `/dashboard/directory/owners/${id}`);
  const o = id === "new" ? null : await ownerForEdit(actor, id);
  if (id !== "new" && !o) notFound();
  const org = await orgOwnerNotifyLimit(actor);
  return (
    <main className="mx-auto max-w-3xl px-4 py-6">
      <p className="text-sm">
        <Link href="/dashboard/directory/owners" className="text-brand underline">
          Owners
        </Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold">{o?.name ?? "Add an owner"}</h1>
      <SpecForm
        action={saveOwnerAction}
        hidden={{ ownerId: o?.id ?? "" }}
        submit="Save owner"
        fields={[
          { name: "name", label: "Name", value: o?.name },
          { name: "email", label: "Email", kind: "email", value: o?.email },
          { name: "phone", label: "Phone", kind: "tel", value: o?.phone },
          {
            name: "secondContactEmail",
            label: "Second contact email",
            kind: "email",
            value: o?.secondContactEmail,
            hint: "Asked when the owner has not answered an approval in time.",
          },
          {
            name: "approvalLimit",
            label: "Owner approves estimates over (USD)",
            value: centsForInput(o?.approvalLimitCents),
            decimal: true,
            hint: `Empty: the organisation's ${formatCents(org.ownerNotifyLimitCents)}. A property's own limit wins over this.`,
          },
          {
            name: "deemedApprovedAfterHours",
            label: "Deemed approved after (hours)",
            value: o?.deemedApprovedAfterHours,
            hint: "Only if their management agreement says so. Empty: never, the estimate waits for their answer.",
          },
        ]}
      />
    </main>
  );
}
