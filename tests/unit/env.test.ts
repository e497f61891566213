import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { startBanner } from "@/scripts/lib/start-banner";

const dir = () => mkdtempSync(path.join(os.tmpdir(), "fixwell-env-"));
const secrets = { AUTH_SECRET: "a".repeat(40), FIXWELL_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString("base64") };

describe("parseEnv", () => {
  it.each([
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL: should look like postgresql://user:password@host:5432/database"],
    [{ PUBLIC_URL: "repairs.example.com" }, "PUBLIC_URL: should be the portal's public address"],
    [{ FIXWELL_DEMO: "yes" }, "FIXWELL_DEMO: should be 0 or 1"],
    [{ RESEND_API_KEY: "abc" }, "RESEND_API_KEY: should be a Resend API key starting with re_"],
    [{ TWILIO_FROM: "555-1234" }, "TWILIO_FROM: should be a phone number like +15551234567"],
    [{ FIXWELL_ENCRYPTION_KEY: "short" }, "FIXWELL_ENCRYPTION_KEY: should be 32 random bytes in base64"],
    [
      { FIXWELL_ENCRYPTION_KEY_PREVIOUS: "old" },
      "FIXWELL_ENCRYPTION_KEY_PREVIOUS: should be the previous FIXWELL_ENCRYPTION_KEY (32 bytes in base64)",
    ],
    [{ FIXWELL_TRUSTED_PROXIES: "yes" }, "FIXWELL_TRUSTED_PROXIES: should be a whole number of proxies (0 when none)"],
    [{ FIXWELL_TRUSTED_PROXIES: "-1" }, "FIXWELL_TRUSTED_PROXIES: cannot be negative"],
    [{ DATABASE_POOL_MAX: "0" }, "DATABASE_POOL_MAX: at least 1"],
    [{ DATABASE_POOL_MAX: "lots" }, "DATABASE_POOL_MAX: should be a whole number of connections"],
  ])("names a malformed setting: %o", (bad, message) => {
    expect(() => parseEnv({ ...secrets, ...bad })).toThrow(message);
  });

  it.each([
    [{ TWILIO_ACCOUNT_SID: "AC123" }, ["TWILIO_AUTH_TOKEN", "TWILIO_FROM"]],
    [{ TWILIO_ACCOUNT_SID: "AC123", TWILIO_AUTH_TOKEN: "t".repeat(32) }, ["TWILIO_FROM"]],
  ])("refuses half a Twilio setup, naming what is missing: %o", (vars, missing) => {
    for (const name of missing)
      expect(() => parseEnv({ ...secrets, ...vars })).toThrow(`${name}: needed with the other Twilio settings`);
  });

  it("takes a whole Twilio setup, or none", () => {
    expect(
      parseEnv({
        ...secrets,
        FIXWELL_DATA_DIR: dir(),
        TWILIO_ACCOUNT_SID: "AC123",
        TWILIO_AUTH_TOKEN: "t".repeat(32),
        TWILIO_FROM: "+15551230000",
      }).TWILIO_FROM,
    ).toBe("+15551230000");
  });

  it("refuses a production start on PostgreSQL without secrets, naming them", () => {
    expect(() => parseEnv({ NODE_ENV: "production", DATABASE_URL: "postgresql://u@h/db" })).toThrow(
      /AUTH_SECRET and FIXWELL_ENCRYPTION_KEY must be set/,
    );
  });

  it("makes and keeps the embedded setup's secrets in the data folder", () => {
    const d = dir();
    const first = parseEnv({ FIXWELL_DATA_DIR: d });
    const again = parseEnv({ FIXWELL_DATA_DIR: d });
    expect(first.AUTH_SECRET).toBe(again.AUTH_SECRET);
    expect(JSON.parse(readFileSync(path.join(d, "secrets.json"), "utf8")).authSecret).toBe(first.AUTH_SECRET);
    expect(first).toMatchObject({ embedded: true, demo: true, PUBLIC_URL: "http://localhost:3000" });
  });

  it.each([
    [{}, true],
    [{ FIXWELL_DEMO: "0" }, false],
    [{ DATABASE_URL: "postgresql://u@h/db" }, false],
    [{ DATABASE_URL: "postgresql://u@h/db", FIXWELL_DEMO: "1" }, true],
  ])("demo mode for %o is %s", (vars, demo) => {
    expect(parseEnv({ ...secrets, FIXWELL_DATA_DIR: dir(), ...vars }).demo).toBe(demo);
  });

  it.each([
    ["the embedded database", {}, /Demo mode: .*pick a demo user/],
    [
      "the embedded database, demo off",
      { FIXWELL_DEMO: "0" },
      /^(?![\s\S]*demo user)[\s\S]*Sign in with an emailed link/,
    ],
    [
      "PostgreSQL in development with FIXWELL_DEMO=1",
      { DATABASE_URL: "postgresql://u@h/db", FIXWELL_DEMO: "1", NODE_ENV: "development" },
      /Demo mode: .*pick a demo user/,
    ],
    [
      "a production build on PostgreSQL with FIXWELL_DEMO=1",
      { DATABASE_URL: "postgresql://u@h/db", FIXWELL_DEMO: "1", NODE_ENV: "production" },
      /^(?![\s\S]*pick a demo user)[\s\S]*never offers one-click sign-in[\s\S]*emailed link/,
    ],
    [
      "a production build on PostgreSQL",
      { DATABASE_URL: "postgresql://u@h/db", NODE_ENV: "production" },
      /^(?![\s\S]*[Dd]emo)[\s\S]*Sign in with an emailed link/,
    ],
  ])("the start banner tells the truth on %s", (_, vars, says) => {
    expect(startBanner(parseEnv({ ...secrets, FIXWELL_DATA_DIR: dir(), ...vars }))).toMatch(says);
  });
});
