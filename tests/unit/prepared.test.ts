// Which statements the PostgreSQL adapter prepares by name (lib/db/prepared.ts): only those marked,
// each under one name for its text, so a connection never holds more than the marked few.
import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/db/generated/client";
import { PREPARED, preparedName } from "@/lib/db/prepared";

const text = (s: Prisma.Sql) => s.text;

describe("preparedName", () => {
  const marked = text(Prisma.sql`${PREPARED}SELECT ${1}::int AS n`);
  const other = text(Prisma.sql`${PREPARED}SELECT ${1}::int AS m`);
  it.each([
    ["a statement that starts with the mark", marked, true],
    ["an unmarked statement", text(Prisma.sql`SELECT ${1}::int AS n`), false],
    ["the mark anywhere but first", text(Prisma.sql`SELECT 1; ${PREPARED}`), false],
    ["a comment that only looks alike", "/* prepared*/ SELECT 1", false],
  ])("%s: named %s", (_what, sql, named) => {
    expect(preparedName(sql) !== undefined).toBe(named);
  });

  it("names the same text alike whatever its values, and different texts differently", () => {
    expect(preparedName(text(Prisma.sql`${PREPARED}SELECT ${2}::int AS n`))).toBe(preparedName(marked));
    expect(preparedName(other)).not.toBe(preparedName(marked));
    expect(preparedName(marked)).toMatch(/^fx_[0-9a-f]{24}$/);
  });
});
