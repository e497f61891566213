// The only reader of process.env. Settings are validated with zod; a missing or malformed one
// stops start-up with a message naming the variable and what it should look like.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const optional = <T extends z.ZodType>(s: T) => z.preprocess((v) => (v === "" ? undefined : v), s.optional());

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: optional(
    z.string().regex(/^postgres(ql)?:\/\/.+/, "should look like postgresql://user:password@host:5432/database"),
  ),
  // Connections each process keeps to PostgreSQL (README, "More than one machine": instances × this
  // must stay under the server's max_connections, with room for migrations and you).
  DATABASE_POOL_MAX: z.coerce
    .number({ message: "should be a whole number of connections" })
    .int("should be a whole number of connections")
    .min(1, "at least 1")
    .max(200, "at most 200")
    .default(10),
  FIXWELL_DATA_DIR: z.string().default(".data"),
  // Tests only: an in-memory embedded database (files still go under FIXWELL_DATA_DIR).
  FIXWELL_PGLITE_IN_MEMORY: optional(z.enum(["1"], { message: "should be 1 or unset" })),
  FIXWELL_DEMO: optional(z.enum(["0", "1"], { message: "should be 0 or 1" })),
  PUBLIC_URL: optional(z.url({ message: "should be the portal's public address, like https://repairs.example.com" })),
  PORT: z.coerce.number().int().positive().default(3000),
  // How many proxies in front of the portal append to X-Forwarded-For (scripts/server.mjs); 0: none,
  // the socket's address is the client's.
  FIXWELL_TRUSTED_PROXIES: z.coerce
    .number({ message: "should be a whole number of proxies (0 when none)" })
    .int("should be a whole number of proxies (0 when none)")
    .min(0, "cannot be negative")
    .max(10, "at most 10")
    .default(0),
  AUTH_SECRET: optional(z.string().min(32, "should be at least 32 random characters (openssl rand -base64 32)")),
  FIXWELL_ENCRYPTION_KEY: optional(
    z.string().regex(/^[A-Za-z0-9+/]{43}=$/, "should be 32 random bytes in base64 (openssl rand -base64 32)"),
  ),
  // During a key rotation only: the key being replaced, still accepted for reading what it sealed
  // (README, "Rotating secrets"). Unset once `npm run keys:reencrypt` has run.
  FIXWELL_ENCRYPTION_KEY_PREVIOUS: optional(
    z.string().regex(/^[A-Za-z0-9+/]{43}=$/, "should be the previous FIXWELL_ENCRYPTION_KEY (32 bytes in base64)"),
  ),
  RESEND_API_KEY: optional(z.string().startsWith("re_", "should be a Resend API key starting with re_")),
  RESEND_BASE_URL: optional(z.url({ message: "should be a URL" })),
  EMAIL_FROM: z.string().default("Fixwell <no-reply@fixwell.local>"),
  RESEND_WEBHOOK_SECRET: optional(
    z.string().startsWith("whsec_", "should be the webhook signing secret from Resend, starting with whsec_"),
  ),
  TWILIO_ACCOUNT_SID: optional(z.string().startsWith("AC", "should be a Twilio account SID starting with AC")),
  TWILIO_AUTH_TOKEN: optional(z.string().min(16, "should be your Twilio auth token")),
  TWILIO_FROM: optional(z.string().regex(/^\+[1-9]\d{6,14}$/, "should be a phone number like +15551234567")),
  // Another host for Twilio's API (tests, offline development: a local stand-in). Unset: Twilio's own.
  TWILIO_API_BASE_URL: optional(z.url({ message: "should be a URL, like http://localhost:4020" })),
  UPLOADTHING_TOKEN: optional(z.string().min(10, "should be the token from your UploadThing dashboard")),
  // Other UploadThing hosts, for a local stand-in (tests, offline development). Unset: its real
  // hosts. Same names the SDK itself reads, so they mean the same thing wherever they are read.
  UPLOADTHING_INGEST_URL: optional(z.url({ message: "should be a URL, like http://localhost:4010" })),
  UPLOADTHING_API_URL: optional(z.url({ message: "should be a URL, like http://localhost:4010" })),
  UPLOADTHING_UFS_HOST: optional(
    z.string().regex(/^[a-z0-9.-]+(:\d+)?$/i, "should be a host name with an optional port, like localhost:4010"),
  ),
  UPLOADTHING_UFS_APP_ID_LOCATION: optional(z.enum(["subdomain", "path"], { message: "should be subdomain or path" })),
  CRON_SECRET: optional(z.string().min(32, "should be at least 32 random characters")),
});

export type Env = z.infer<typeof schema> & {
  AUTH_SECRET: string;
  FIXWELL_ENCRYPTION_KEY: string;
  PUBLIC_URL: string;
  embedded: boolean;
  demo: boolean;
};

export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Fixwell cannot start: check these settings (see .env.example)\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  // Twilio needs all three; one or two of them set is a mistake worth stopping for.
  const twilio = {
    TWILIO_ACCOUNT_SID: e.TWILIO_ACCOUNT_SID,
    TWILIO_AUTH_TOKEN: e.TWILIO_AUTH_TOKEN,
    TWILIO_FROM: e.TWILIO_FROM,
  };
  const unset = Object.entries(twilio)
    .filter(([, v]) => !v)
    .map(([k]) => k);
  if (unset.length === 1 || unset.length === 2) {
    throw new Error(
      `Fixwell cannot start: check these settings (see .env.example)\n${unset.map((k) => `  ${k}: needed with the other Twilio settings`).join("\n")}`,
    );
  }
  const embedded = !e.DATABASE_URL;
  const demo = e.FIXWELL_DEMO ? e.FIXWELL_DEMO === "1" : embedded;
  const secrets = e.AUTH_SECRET && e.FIXWELL_ENCRYPTION_KEY ? null : localSecrets(e, embedded);
  return {
    ...e,
    AUTH_SECRET: e.AUTH_SECRET ?? secrets!.authSecret,
    FIXWELL_ENCRYPTION_KEY: e.FIXWELL_ENCRYPTION_KEY ?? secrets!.encryptionKey,
    PUBLIC_URL: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ""),
    embedded,
    demo,
  };
}

// On the embedded database the secrets are made once and kept beside the data, so the Quick
// start needs no configuration. A real deployment (DATABASE_URL set) must provide them.
function localSecrets(e: z.infer<typeof schema>, embedded: boolean) {
  if (!embedded && e.NODE_ENV === "production") {
    const missing = [!e.AUTH_SECRET && "AUTH_SECRET", !e.FIXWELL_ENCRYPTION_KEY && "FIXWELL_ENCRYPTION_KEY"].filter(
      Boolean,
    );
    throw new Error(
      `Fixwell cannot start: ${missing.join(" and ")} must be set when DATABASE_URL is set (openssl rand -base64 32)`,
    );
  }
  const file = path.resolve(e.FIXWELL_DATA_DIR, "secrets.json");
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as { authSecret: string; encryptionKey: string };
  const secrets = { authSecret: randomBytes(32).toString("base64"), encryptionKey: randomBytes(32).toString("base64") };
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    writeFileSync(file, JSON.stringify(secrets), { mode: 0o600, flag: "wx" });
    return secrets;
  } catch (err) {
    // Another process made them first: use theirs.
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    return JSON.parse(readFileSync(file, "utf8")) as typeof secrets;
  }
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
