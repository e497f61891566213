// HTTP byte ranges (RFC 9110 §14), for video: Safari will not play a video whose server does not
// answer `Range: bytes=0-1` with 206, and seeking in any browser asks for a range. Pure.

export type ByteRange = { start: number; end: number }; // end inclusive, as in Content-Range

/**
 * The single range a `Range` header asks of a file of `size` bytes; null to send the whole file
 * (no header, a malformed one, or several ranges, which a server may answer in full); "unsatisfiable"
 * for a range that starts past the end (answered 416).
 */
export function parseRange(header: string | null, size: number): ByteRange | "unsatisfiable" | null {
  const m = header?.trim().match(/^bytes=(\d*)-(\d*)$/);
  if (!m || (m[1] === "" && m[2] === "")) return null;
  if (m[1] === "") {
    // bytes=-N: the last N bytes
    const suffix = Number(m[2]);
    if (suffix === 0 || size === 0) return "unsatisfiable";
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(m[1]);
  if (start >= size) return "unsatisfiable";
  const end = m[2] === "" ? size - 1 : Number(m[2]);
  if (end < start) return null;
  return { start, end: Math.min(end, size - 1) };
}
