// npm start: bring the database up to date (and load the demo data on an empty demo database) in a
// short-lived process of its own, then serve the portal. Builds first if there is no build yet.
import { spawnSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const dev = process.argv.includes("--dev");
// The environment the server will run in, for the preparation step too: its banner tells the truth
// about demo mode (a production build on PostgreSQL never offers one-click sign-in).
const mode = { ...process.env, NODE_ENV: dev ? "development" : "production" };
const node = (args, env = mode) => spawnSync(process.execPath, args, { stdio: "inherit", cwd: root, env });
const nextBin = path.join(root, "node_modules/next/dist/bin/next");

const prep = node(["--conditions=react-server", "--import", "tsx", "scripts/start-prepare.ts"]);
if (prep.status !== 0) process.exit(prep.status ?? 1);

if (!dev && !existsSync(path.join(root, ".next/BUILD_ID"))) {
  console.log("No build yet: building the portal once (a minute or two)…");
  const b = node([nextBin, "build"], process.env);
  if (b.status !== 0) process.exit(b.status ?? 1);
}

const port = process.env.PORT ?? "3000";
// Our own HTTP server around Next's handler: it sets the client's address from the socket.
const child = spawn(process.execPath, ["scripts/server.mjs", ...(dev ? ["--dev"] : [])], {
  stdio: "inherit",
  cwd: root,
  env: { ...mode, PORT: port },
});
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => process.exit(code ?? 0));
