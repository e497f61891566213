// A delivery refused at the lookup (a name that resolves to a private address) is recorded in the
// delivery log an organisation's admin reads: it says why, never which address. Otherwise any admin
// could learn what names on our network resolve to, one test event at a time.
import { expect, it, vi } from "vitest";

vi.mock("node:dns", async (original) => {
  const real = await original<typeof import("node:dns")>();
  const answers: Record<string, { address: string; family: number }[]> = {
    "db.corp.example": [{ address: "10.20.30.40", family: 4 }],
    "mixed.example": [
      { address: "93.184.216.34", family: 4 },
      { address: "fd00::42", family: 6 },
    ],
  };
  const lookup = (
    host: string,
    opts: unknown,
    cb: (e: Error | null, a: { address: string; family: number }[]) => void,
  ) =>
    answers[host]
      ? cb(null, answers[host])
      : cb(Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: "ENOTFOUND" }), []);
  return { ...real, default: { ...real, lookup }, lookup };
});
const { postWebhook } = await import("@/lib/outbox/webhook-post");

it.each([
  ["db.corp.example", "10.20.30.40"],
  ["mixed.example", "fd00::42"], // one private answer among public ones refuses the name
])("refuses %s without naming the address it resolves to", async (host, address) => {
  const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
  const err = await postWebhook({ url: `https://${host}/hook`, headers: {}, body: "{}" }, { production: true }).then(
    () => null,
    (e: Error) => e,
  );
  expect(err?.message).toBe(`Refused: ${host} resolves to a private or reserved address`);
  expect(err?.message).not.toContain(address);
  // The server's own log keeps the detail, for whoever runs it.
  expect(warn.mock.calls.flat().join(" ")).toContain(address);
  warn.mockRestore();
});
