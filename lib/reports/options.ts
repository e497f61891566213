// The choices of the reports' filter form: only what the reader may report on.
import "server-only";
import { db } from "@/lib/db/client";
import type { ReportScope } from "@/lib/reports/types";

import type { ReportOptions } from "@/lib/reports/section-types";

export async function reportOptions(scope: ReportScope): Promise<ReportOptions> {
  const [properties, categories, vendors] = await Promise.all([
    db().property.findMany({
      where: { orgId: scope.orgId, id: { in: scope.propertyIds } },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
    db().category.findMany({
      where: { orgId: scope.orgId },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
    db().vendor.findMany({
      where: { orgId: scope.orgId },
      select: { id: true, company: true },
      orderBy: { company: "asc" },
    }),
  ]);
  return { properties, categories, vendors: vendors.map((v) => ({ id: v.id, name: v.company })) };
}
