// The embedded database serves one process: two processes writing one PGlite data directory would
// corrupt it. The first to open it leaves its process id in "<dir>.lock"; another process is refused
// with a message saying what to do. A lock left by a process that no longer runs (killed, crashed)
// is taken over. The lock goes when its process exits.
import { openSync, readFileSync, rmSync, writeFileSync, closeSync } from "node:fs";

export class DataDirInUse extends Error {}

const held = new Set<string>();

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM"; // it exists, as another user's
  }
}

/** Takes the data directory for this process, or throws DataDirInUse naming the process that has it. */
export function lockDataDir(dataDir: string): void {
  const file = `${dataDir}.lock`;
  if (held.has(file)) return;
  for (let attempt = 0; !held.has(file); attempt++) {
    try {
      const fd = openSync(file, "wx", 0o600);
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      held.add(file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const owner = Number(readFileSync(file, "utf8").trim());
      if (owner === process.pid) held.add(file);
      else if ((Number.isInteger(owner) && owner > 0 && alive(owner)) || attempt >= 2) {
        throw new DataDirInUse(
          `Fixwell cannot start: the embedded database in ${dataDir} is in use by process ${owner}. ` +
            `It serves one process at a time: stop that one first (or, to run several, set DATABASE_URL ` +
            `to a PostgreSQL server: README, "More than one machine"). If process ${owner} is not Fixwell, ` +
            `delete ${file}.`,
        );
      } else rmSync(file, { force: true }); // left by a process that is gone: take it over
    }
  }
  if (held.size === 1) process.once("exit", releaseAll);
}

/** Lets the data directory go (closing the database); also done when the process exits. */
export function unlockDataDir(dataDir: string): void {
  const file = `${dataDir}.lock`;
  if (!held.delete(file)) return;
  try {
    if (readFileSync(file, "utf8").trim() === String(process.pid)) rmSync(file, { force: true });
  } catch {
    // already gone
  }
}

function releaseAll() {
  for (const file of [...held]) unlockDataDir(file.slice(0, -".lock".length));
}
