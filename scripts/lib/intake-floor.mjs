// The floor for the intake bench (scripts/bench-intake.ts): the least any server could do for the
// same request. A bare node:http server reads the same multipart body, takes the form's key out of
// it and inserts one row through a pg pool of the app's default size (ON CONFLICT DO NOTHING on the
// key, so a doubled post makes one row), then answers 303 as the app does. Prints its port.
import { createServer } from "node:http";
import pg from "pg";

const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DATABASE_POOL_MAX ?? 10),
});
await pool.query(
  `CREATE TABLE IF NOT EXISTS floor_intake (key text PRIMARY KEY, body text NOT NULL, "createdAt" timestamptz NOT NULL DEFAULT now())`,
);
const server = createServer((req, res) => {
  const chunks = [];
  req.on("data", (c) => chunks.push(c));
  req.on("end", async () => {
    const body = Buffer.concat(chunks).toString("utf8");
    const key = /name="idempotencyKey"\r\n\r\n([^\r]*)/.exec(body)?.[1];
    if (!key) return res.writeHead(400).end();
    try {
      await pool.query("INSERT INTO floor_intake (key, body) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING", [
        key,
        body,
      ]);
      res.writeHead(303, { location: `/t/${key}?submitted=1` }).end();
    } catch (err) {
      console.error(err);
      res.writeHead(500).end();
    }
  });
});
server.listen(0, "127.0.0.1", () => console.log(JSON.stringify({ port: server.address().port })));
process.on("SIGTERM", () => server.close(() => pool.end().then(() => process.exit(0))));
