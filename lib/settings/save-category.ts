// Admin adds or edits a category, moves it up or down, or (de)activates it. Categories are never
// deleted: work orders point at them. A renamed default category loses its built-in translation
// (lib/i18n/categories.ts translates by the default English names), which the page says.
import "server-only";
import { asActor } from "@/lib/audit/as-actor";
import type { Actor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { Priority } from "@/lib/db/generated/enums";
import { allow, fieldError, found } from "@/lib/directory/guard";

type CategoryInput = { name: string; examples: string[]; tips: string[]; defaultPriority?: Priority };

export async function saveCategory({
  actor,
  categoryId,
  input,
  now,
}: {
  actor: Actor;
  now: Date;
  categoryId?: string;
  input: CategoryInput;
}) {
  allow(actor, "settings:edit");
  const clash = await db().category.findFirst({
    where: {
      orgId: actor.orgId,
      name: { equals: input.name, mode: "insensitive" },
      ...(categoryId ? { NOT: { id: categoryId } } : {}),
    },
  });
  if (clash) throw fieldError("name", "settings.v.categoryClash");
  const data = { ...input, defaultPriority: input.defaultPriority ?? null };
  if (categoryId) {
    found(await db().category.findFirst({ where: { id: categoryId, orgId: actor.orgId } }));
    return asActor(actor, now, (tx) => tx.category.update({ where: { id: categoryId }, data }));
  }
  const last = await db().category.aggregate({ where: { orgId: actor.orgId }, _max: { sortOrder: true } });
  return asActor(actor, now, (tx) =>
    tx.category.create({ data: { ...data, orgId: actor.orgId, sortOrder: (last._max.sortOrder ?? -1) + 1 } }),
  );
}

export async function moveCategory({
  actor,
  categoryId,
  direction,
  now,
}: {
  actor: Actor;
  now: Date;
  categoryId: string;
  direction: "up" | "down";
}) {
  allow(actor, "settings:edit");
  await asActor(actor, now, async (tx) => {
    const all = await tx.category.findMany({
      where: { orgId: actor.orgId },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    });
    const i = all.findIndex((c) => c.id === categoryId);
    found(all[i]);
    const j = direction === "up" ? i - 1 : i + 1;
    if (j < 0 || j >= all.length) return;
    [all[i], all[j]] = [all[j], all[i]];
    // Renumber all: older data may have ties.
    for (const [n, c] of all.entries())
      if (c.sortOrder !== n) await tx.category.update({ where: { id: c.id }, data: { sortOrder: n } });
  });
}

export async function setCategoryActive({
  actor,
  categoryId,
  active,
  now,
}: {
  actor: Actor;
  now: Date;
  categoryId: string;
  active: boolean;
}) {
  allow(actor, "settings:edit");
  found(await db().category.findFirst({ where: { id: categoryId, orgId: actor.orgId } }));
  return asActor(actor, now, (tx) => tx.category.update({ where: { id: categoryId }, data: { active } }));
}
