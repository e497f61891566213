// A property's QR code lands here: report a problem without an account.
import type { Metadata } from "next";
import Link from "next/link";
import { RequestForm } from "@/components/work-orders/request-form";
import { randomToken } from "@/lib/crypto";
import { db } from "@/lib/db/client";
import { listCategories } from "@/lib/work-orders/queries";

export const metadata: Metadata = { title: "Report a problem" };

export default async function QrIntake({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const property = /^[a-z0-9-]{1,80}$/.test(slug)
    ? await db().property.findUnique({ where: { slug }, include: { units: { orderBy: { label: "asc" } }, org: true } })
    : null;
  if (!property) {
    return (
      <main className="mx-auto max-w-md px-4 py-10">
        <h1 className="text-2xl font-bold">We don&apos;t recognise this code</h1>
        <p className="mt-3 text-slate-700">This link doesn&apos;t match any building we manage. Check the code on the poster, or ask your property manager for the right link.</p>
        <p className="mt-3"><Link className="text-brand underline" href="/sign-in">Sign in instead</Link></p>
      </main>
    );
  }
  const categories = await listCategories(property.orgId);
  return (
    <main className="mx-auto max-w-xl px-4 py-6">
      <p className="text-sm font-semibold text-brand">{property.org.name}</p>
      <h1 className="mb-1 text-2xl font-bold">Report a problem at {property.name}</h1>
      <p className="mb-4 text-sm text-slate-600">No account needed. Have one? <Link className="text-brand underline" href="/sign-in">Sign in</Link> to see all your requests.</p>
      <RequestForm mode="visitor" propertySlug={property.slug} units={property.units.map((u) => ({ id: u.id, label: u.label }))}
        categories={categories} idempotencyKey={randomToken()} hotline={property.org.emergencyHotline} />
    </main>
  );
}
