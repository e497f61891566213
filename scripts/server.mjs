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
serve(app.getRequestHandler(), trusted).listen(port, () =>
  console.log(`  ▲ Ready on http://localhost:${port}${dev ? " (development)" : ""}`),
);
