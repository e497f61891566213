// The embedded database serves one process (lib/db/data-dir-lock.ts): a second process on the same
// data directory is refused with the reason; a lock left by a process that is gone is taken over.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DataDirInUse, lockDataDir, unlockDataDir } from "@/lib/db/data-dir-lock";

const lockModule = path.resolve(import.meta.dirname, "../../lib/db/data-dir-lock.ts");
const dirs: string[] = [];
const freshDir = () => {
  const d = path.join(mkdtempSync(path.join(os.tmpdir(), "fixwell-lock-")), "pglite");
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach(unlockDataDir));

/** Another process trying to open the same data directory. */
function otherProcess(dataDir: string) {
  const code = `import(${JSON.stringify(lockModule)}).then((m) => {
    try { m.lockDataDir(${JSON.stringify(dataDir)}); console.log("locked " + process.pid); }
    catch (e) { console.error(e.message); process.exit(3); }
  });`;
  const r = spawnSync(process.execPath, ["--import", "tsx", "-e", code], { encoding: "utf8" });
  return { status: r.status, out: r.stdout.trim(), err: r.stderr.trim() };
}

describe("one process per embedded database", () => {
  it("refuses a second process while the first holds it, naming the holder and what to do", () => {
    const dir = freshDir();
    lockDataDir(dir);
    expect(readFileSync(`${dir}.lock`, "utf8")).toBe(String(process.pid));
    expect(() => lockDataDir(dir)).not.toThrow(DataDirInUse);
    const second = otherProcess(dir);
    expect(second.status).toBe(3);
    expect(second.err).toContain(`the embedded database in ${dir} is in use by process ${process.pid}`);
    expect(second.err).toContain("stop that one first");
    expect(second.err).toContain("DATABASE_URL");
  });

  it("lets the next process have it once the first lets go, and again after that one exits", () => {
    const dir = freshDir();
    lockDataDir(dir);
    unlockDataDir(dir);
    const next = otherProcess(dir);
    expect(next).toMatchObject({ status: 0, out: expect.stringMatching(/^locked \d+$/) });
    // That process exited: its lock went with it, so this one can take the directory again.
    lockDataDir(dir);
    expect(readFileSync(`${dir}.lock`, "utf8")).toBe(String(process.pid));
  });

  it("takes over a lock left by a process that no longer runs (killed, crashed)", () => {
    const dir = freshDir();
    const gone = spawnSync(process.execPath, ["-e", "console.log(process.pid)"], { encoding: "utf8" });
    writeFileSync(`${dir}.lock`, gone.stdout.trim());
    lockDataDir(dir);
    expect(readFileSync(`${dir}.lock`, "utf8")).toBe(String(process.pid));
  });

  it("is the same process's to open twice (a reloaded module)", () => {
    const dir = freshDir();
    lockDataDir(dir);
    expect(() => lockDataDir(dir)).not.toThrow();
  });
});
