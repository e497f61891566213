import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { localStorage } from "@/lib/uploads/storage";
import { fileResponse, MAX_RANGE_BYTES } from "@/lib/uploads/file-response";
import type { ByteRange } from "@/lib/uploads/range";

const bytes = Buffer.from(Array.from({ length: 100 }, (_, i) => i));
const video = { fileName: "leak under sink.mp4", contentType: "video/mp4", sizeBytes: bytes.length };
const store = async (range?: ByteRange) => (range ? bytes.subarray(range.start, range.end + 1) : bytes);
const body = async (res: Response) => Buffer.from(await res.arrayBuffer());

describe("fileResponse", () => {
  it("sends the whole file inline with its type when no range is asked", async () => {
    const res = await fileResponse(video, null, store);
    expect(res.status).toBe(200);
    expect(Object.fromEntries(res.headers)).toMatchObject({
      "content-type": "video/mp4",
      "content-disposition": 'inline; filename="leak_under_sink.mp4"',
      "accept-ranges": "bytes",
      "content-length": "100",
      "x-content-type-options": "nosniff",
    });
    expect(await body(res)).toEqual(bytes);
  });

  it.each([
    ["bytes=0-1", 0, 1],
    ["bytes=10-", 10, 99],
    ["bytes=-20", 80, 99],
    ["bytes=90-500", 90, 99],
  ])("answers %s with 206 and exactly those bytes", async (header, start, end) => {
    const res = await fileResponse(video, header, store);
    expect(res.status).toBe(206);
    expect(res.headers.get("content-range")).toBe(`bytes ${start}-${end}/100`);
    expect(await body(res)).toEqual(bytes.subarray(start, end + 1));
  });

  it("answers a range past the end with 416 and the size", async () => {
    const res = await fileResponse(video, "bytes=100-", store);
    expect(res.status).toBe(416);
    expect(res.headers.get("content-range")).toBe("bytes */100");
  });

  it("reads at most MAX_RANGE_BYTES for an open-ended range of a big file", async () => {
    const big = { ...video, sizeBytes: 100 * 1024 * 1024 };
    const res = await fileResponse(big, "bytes=0-", async (r) => Buffer.alloc(r!.end - r!.start + 1));
    expect(res.headers.get("content-range")).toBe(`bytes 0-${MAX_RANGE_BYTES - 1}/${big.sizeBytes}`);
  });

  it("cuts the range out of a store that ignored it", async () => {
    const res = await fileResponse(video, "bytes=5-9", async () => bytes);
    expect(await body(res)).toEqual(bytes.subarray(5, 10));
  });

  it("is 404 when the store has lost the file", async () => {
    expect((await fileResponse(video, null, async () => null)).status).toBe(404);
    expect((await fileResponse(video, "bytes=0-1", async () => null)).status).toBe(404);
  });
});

describe("local storage", () => {
  it("reads back a byte range of a stored file, and nothing for a foreign key", async () => {
    const store = localStorage(mkdtempSync(path.join(os.tmpdir(), "fixwell-range-")));
    const key = await store.put(bytes, "a.mp4", "video/mp4");
    expect(await store.get(key)).toEqual(bytes);
    expect(await store.get(key, { start: 10, end: 19 })).toEqual(bytes.subarray(10, 20));
    expect(await store.get(key, { start: 95, end: 200 })).toEqual(bytes.subarray(95));
    expect(await store.get("local/../../etc/passwd", { start: 0, end: 9 })).toBeNull();
  });
});
