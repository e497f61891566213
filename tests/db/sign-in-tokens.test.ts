// Sign-in tokens only for real accounts (issue 15): anyone can type any address into the sign-in
// form, and Auth.js asks the adapter to store a token for each. For an address with no enabled
// account nothing is stored (and nothing is sent: see local-messages.test.ts).
import { beforeAll, describe, expect, it } from "vitest";
import { prismaAdapter } from "@/lib/auth/adapter";
import { db } from "@/lib/db/client";
import { seedDemo } from "@/prisma/seed";

const now = new Date("2026-12-01T15:00:00Z");
const adapter = prismaAdapter(() => now);
const expires = new Date(now.getTime() + 10 * 60_000);
const create = (identifier: string, token: string) => adapter.createVerificationToken!({ identifier, token, expires });

beforeAll(async () => {
  await seedDemo(db(), now);
  await db().user.update({ where: { email: "sam.wolfe@fixwell.example" }, data: { disabledAt: now } });
});

describe("createVerificationToken", () => {
  it("stores nothing for an unknown address or a disabled account, and answers as it does for a real one", async () => {
    const stranger = await create("stranger@nowhere.example", "hash-stranger");
    const disabled = await create("sam.wolfe@fixwell.example", "hash-disabled");
    expect(stranger).toEqual({ identifier: "stranger@nowhere.example", token: "hash-stranger", expires });
    expect(disabled).toMatchObject({ token: "hash-disabled" });
    expect(await db().verificationToken.count()).toBe(0);
    expect(
      await adapter.useVerificationToken!({ identifier: "stranger@nowhere.example", token: "hash-stranger" }),
    ).toBeNull();
  });

  it("stores the token of an enabled account, usable once", async () => {
    await create("dana.reyes@fixwell.example", "hash-dana");
    expect(await db().verificationToken.findMany()).toEqual([
      { identifier: "dana.reyes@fixwell.example", token: "hash-dana", expires },
    ]);
    expect(
      await adapter.useVerificationToken!({ identifier: "dana.reyes@fixwell.example", token: "hash-dana" }),
    ).toMatchObject({ token: "hash-dana" });
    expect(
      await adapter.useVerificationToken!({ identifier: "dana.reyes@fixwell.example", token: "hash-dana" }),
    ).toBeNull();
    expect(await db().verificationToken.count()).toBe(0);
  });
});
