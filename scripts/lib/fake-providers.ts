// Local stand-ins for Resend's and Twilio's HTTP APIs, answering what their SDKs send:
//   Resend  POST /emails                                     JSON, Bearer key, Idempotency-Key header
//   Twilio  POST /2010-04-01/Accounts/{sid}/Messages.json    form-encoded, HTTP Basic sid:token
// Each records what it was sent and can be told to fail its next N calls, as an outage would.
import http from "node:http";
import type { AddressInfo } from "node:net";

export type Received = { path: string; headers: http.IncomingHttpHeaders; body: Record<string, string> };

export type FakeProviders = {
  url: string;
  resend: { accepted: Received[]; refused: number; failNext(n: number): void };
  twilio: { accepted: Received[]; refused: number; failNext(n: number): void };
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
    resend: { accepted: [] as Received[], refused: 0, failing: 0 },
    twilio: { accepted: [] as Received[], refused: 0, failing: 0 },
  };
  const server = http.createServer(async (req, res) => {
    const raw = await readBody(req);
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
      const body = JSON.parse(raw) as Record<string, string>;
      state.resend.accepted.push({ path: req.url, headers: req.headers, body });
      return send(200, { id: `re_fake_${state.resend.accepted.length}` });
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
    failNext: (n: number) => void (s.failing = n),
  });
  return {
    url: `http://127.0.0.1:${port}`,
    resend: face(state.resend),
    twilio: face(state.twilio),
    close: () => new Promise((r) => server.close(() => r())),
  };
}
