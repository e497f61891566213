// Local stand-ins for Resend's and Twilio's HTTP APIs, answering what their SDKs send:
//   Resend  POST /emails                                     JSON, Bearer key, Idempotency-Key header
//   Twilio  POST /2010-04-01/Accounts/{sid}/Messages.json    form-encoded, HTTP Basic sid:token
// Each records what it was sent and can be told to fail its next N calls, as an outage would, or to
// answer slowly. Like Resend, the email fake keeps each Idempotency-Key: a repeat of a key it has
// accepted is answered as the first was and delivers nothing again (counted in `replayed`). Twilio's
// Messages API has no such key: every accepted call is a text sent.
import http from "node:http";
import type { AddressInfo } from "node:net";

export type Received = { path: string; headers: http.IncomingHttpHeaders; body: Record<string, string> };

export type FakeProviders = {
  url: string;
  resend: { accepted: Received[]; refused: number; replayed: number; failNext(n: number): void };
  twilio: { accepted: Received[]; refused: number; replayed: number; failNext(n: number): void };
  /** Every answer waits this long first (a provider's usual latency), 0 by default. */
  delay(ms: number): void;
  /** Requests read in full and waiting out the delay: what a caller killed now would not hear back from. */
  readonly inFlight: number;
  close(): Promise<void>;
};

const readBody = (req: http.IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    let s = "";
    req
      .on("data", (c: Buffer) => (s += c.toString("utf8")))
      .on("end", () => resolve(s))
      .on("error", reject);
  });

export async function startFakeProviders(): Promise<FakeProviders> {
  const state = {
    resend: { accepted: [] as Received[], refused: 0, replayed: 0, failing: 0 },
    twilio: { accepted: [] as Received[], refused: 0, replayed: 0, failing: 0 },
    delayMs: 0,
    inFlight: 0,
  };
  const emailIds = new Map<string, string>(); // Idempotency-Key → the id first answered
  const server = http.createServer(async (req, res) => {
    const raw = await readBody(req);
    if (state.delayMs) {
      state.inFlight++;
      await new Promise((r) => setTimeout(r, state.delayMs));
      state.inFlight--;
    }
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (req.method === "POST" && req.url === "/emails") {
      if (state.resend.failing > 0) {
        state.resend.failing--;
        state.resend.refused++;
        return send(500, { name: "internal_server_error", message: "An unexpected error occurred.", statusCode: 500 });
      }
      const key = req.headers["idempotency-key"];
      const known = typeof key === "string" ? emailIds.get(key) : undefined;
      if (known) {
        state.resend.replayed++;
        return send(200, { id: known });
      }
      const body = JSON.parse(raw) as Record<string, string>;
      state.resend.accepted.push({ path: req.url, headers: req.headers, body });
      const id = `re_fake_${state.resend.accepted.length}`;
      if (typeof key === "string") emailIds.set(key, id);
      return send(200, { id });
    }
    const twilio = /^\/2010-04-01\/Accounts\/(AC\w+)\/Messages\.json$/.exec(req.url ?? "");
    if (req.method === "POST" && twilio) {
      if (state.twilio.failing > 0) {
        state.twilio.failing--;
        state.twilio.refused++;
        return send(503, { code: 20503, message: "Service unavailable", status: 503 });
      }
      const body = Object.fromEntries(new URLSearchParams(raw));
      state.twilio.accepted.push({ path: req.url!, headers: req.headers, body });
      const sid = `SM${String(state.twilio.accepted.length).padStart(32, "0")}`;
      return send(201, {
        sid,
        account_sid: twilio[1],
        to: body.To,
        from: body.From,
        body: body.Body,
        status: "queued",
        date_created: new Date().toUTCString(),
      });
    }
    send(404, { message: `fake providers: nothing at ${req.method} ${req.url}` });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  const face = (s: typeof state.resend) => ({
    accepted: s.accepted,
    get refused() {
      return s.refused;
    },
    get replayed() {
      return s.replayed;
    },
    failNext: (n: number) => void (s.failing = n),
  });
  return {
    url: `http://127.0.0.1:${port}`,
    resend: face(state.resend),
    twilio: face(state.twilio),
    delay: (ms: number) => void (state.delayMs = ms),
    get inFlight() {
      return state.inFlight;
    },
    close: () => new Promise((r) => server.close(() => r())),
  };
}
