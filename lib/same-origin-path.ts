// Where to send someone back to after an action (the language switch, sign-in): only a page of
// ours. The value is parsed as a URL against the public address, the way a browser would resolve it
// (tabs and newlines dropped, backslashes as slashes), and kept only if it stays on our origin.
// A prefix check let "/\t/evil.test" through: browsers read it as //evil.test.

/** The path (with query and fragment) of `target` if it resolves to `publicUrl`'s origin, else "/". */
export function sameOriginPath(target: string, publicUrl: string): string {
  try {
    const base = new URL(publicUrl);
    const u = new URL(target, base);
    return u.origin === base.origin ? `${u.pathname}${u.search}${u.hash}` : "/";
  } catch {
    return "/";
  }
}
