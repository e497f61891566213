// Names for grouped rows: the category, property or vendor behind each key, joined in SQL.
import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import type { Dimension, GroupKey } from "@/lib/reports/types";

/** The order grouped rows are listed in. */
export const DIMENSION_ORDER: Dimension[] = ["overall", "priority", "category", "property", "vendor"];

/** Wraps a grouped query (columns `dim`, `k`, …) with a `label` column and a stable order. */
export const withLabels = (grouped: Prisma.Sql) => Prisma.sql`
  SELECT g.*, CASE g.dim WHEN 'category' THEN c.name WHEN 'property' THEN p.name
    WHEN 'vendor' THEN coalesce(v.company, 'No vendor') WHEN 'priority' THEN g.k ELSE 'All' END AS label
  FROM (${grouped}) g
  LEFT JOIN "Category" c ON g.dim = 'category' AND c.id = g.k
  LEFT JOIN "Property" p ON g.dim = 'property' AND p.id = g.k
  LEFT JOIN "Vendor" v ON g.dim = 'vendor' AND v.id = g.k
  ORDER BY array_position(ARRAY[${Prisma.raw(DIMENSION_ORDER.map((d) => `'${d}'`).join(","))}], g.dim), array_position(ARRAY['EMERGENCY','URGENT','ROUTINE','LOW'], g.k), label`;

export type LabelledRow = { dim: Dimension; k: string | null; label: string };

export const groupKey = (r: LabelledRow): GroupKey => ({ dimension: r.dim, key: r.k, label: r.label });
