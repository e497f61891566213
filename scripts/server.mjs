// The portal's server: Next's request handler behind a plain Node HTTP server of ours, so the
// client's address comes from the socket (or through FIXWELL_TRUSTED_PROXIES proxies) and never
// from a header the client wrote (scripts/lib/serve.mjs). npm start runs it.
import next from "next";
import { serve } from "./lib/serve.mjs";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const app = next({ dev, dir: process.cwd(), port });
await app.prepare(); // loads .env too
const trusted = Number(process.env.FIXWELL_TRUSTED_PROXIES ?? 0);
const server = serve(app.getRequestHandler(), trusted).listen(port, () =>
  console.log(`  ▲ Ready on http://localhost:${port}${dev ? " (development)" : ""}`),
);
// Stopped by a supervisor or a rolling deploy (SIGTERM) or Ctrl-C: take no new connections, let the
// requests in flight finish (a submission half-written is still one transaction, but its answer is
// owed), then exit normally, so exit hooks run (e.g. node --cpu-prof writes its profile). Ten seconds
// at most: a connection that never ends does not keep the old process alive.
for (const sig of ["SIGINT", "SIGTERM"])
  process.once(sig, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  });
