// The UploadThing adapter with the real SDK, against a local fake of its ingest and file hosts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UTApi } from "uploadthing/server";
import { parseEnv } from "@/lib/env";
import { uploadThingOptions, uploadThingStorage } from "@/lib/uploads/storage";
import { type FakeUploadThing, startFakeUploadThing } from "../support/fake-uploadthing";
import { mp4 } from "../support/video-fixtures";

let fake: FakeUploadThing;
beforeAll(async () => {
  fake = await startFakeUploadThing();
});
afterAll(() => fake.close());

describe("uploadThingStorage against a local fake", () => {
  it("put sends the bytes, name and type, signed with the API key, and returns ut/<key>; get fetches them back", async () => {
    const store = uploadThingStorage(fake.token, fake.hosts);
    const video = mp4();
    const key = await store.put(video, "leak under sink.mp4", "video/mp4");

    expect(key).toMatch(/^ut\/[A-Za-z0-9]+$/);
    const sent = fake.files.get(key.slice(3))!;
    expect(sent).toMatchObject({ name: "leak under sink.mp4", type: "video/mp4" });
    expect(sent.bytes.equals(video)).toBe(true);

    expect((await store.get(key))!.equals(video)).toBe(true);
    expect((await store.get(key, { start: 4, end: 11 }))!.toString("latin1")).toBe("ftypisom");
    expect(fake.log.map((r) => `${r.method} ${r.status}`)).toEqual(["PUT 200", "GET 200", "GET 206"]);
  });

  it("get answers null for a key UploadThing does not have, and for a key that is not ours", async () => {
    const store = uploadThingStorage(fake.token, fake.hosts);
    expect(await store.get("ut/NoSuchFile123")).toBeNull();
    expect(await store.get("local/abc")).toBeNull();
  });

  it("an ingest error surfaces as a thrown error naming the file", async () => {
    const store = uploadThingStorage(fake.token, fake.hosts);
    fake.failNext(503, JSON.stringify({ error: "Storage quota exceeded" }));
    await expect(store.put(Buffer.from("x"), "clip.mp4", "video/mp4")).rejects.toThrow(
      "UploadThing did not store clip.mp4: Failed to upload file (UPLOAD_FAILED)",
    );
    expect(fake.log.at(-1)).toMatchObject({ method: "PUT", status: 503 });
  });

  it("a file host error surfaces as a thrown error, not as a missing file", async () => {
    const store = uploadThingStorage(fake.token, fake.hosts);
    const key = await store.put(Buffer.from("hello"), "a.txt", "text/plain");
    fake.failNext(500, "boom");
    await expect(store.get(key)).rejects.toThrow(`UploadThing did not send back ${key}: HTTP 500`);
  });

  it("a token with another API key is refused by the fake (the signature is really checked)", async () => {
    const forged = Buffer.from(
      JSON.stringify({ apiKey: "sk_test_someone_else", appId: "fixwellapp", regions: ["fake-1"] }),
    ).toString("base64");
    await expect(uploadThingStorage(forged, fake.hosts).put(Buffer.from("x"), "a.jpg", "image/jpeg")).rejects.toThrow(
      "UploadThing did not store a.jpg",
    );
    expect(fake.log.at(-1)).toMatchObject({ method: "PUT", status: 403 });
  });
});

describe("UploadThing hosts", () => {
  it("stay UploadThing's own when no override is set", async () => {
    expect(uploadThingOptions(fake.token, { ingestUrl: undefined, ufsHost: undefined })).toEqual({ token: fake.token });
    // generateSignedURL makes no request: it shows the host the SDK would fetch from.
    const { ufsUrl } = await new UTApi(uploadThingOptions(fake.token)).generateSignedURL("abc", { expiresIn: 60 });
    expect(ufsUrl).toMatch(/^https:\/\/fixwellapp\.ufs\.sh\/f\/abc\?/);
  });

  it("are validated settings in lib/env.ts", () => {
    const e = parseEnv({
      FIXWELL_DATA_DIR: "/tmp/fixwell-env-ut",
      UPLOADTHING_INGEST_URL: "http://localhost:4010",
      UPLOADTHING_UFS_HOST: "localhost:4010",
      UPLOADTHING_UFS_APP_ID_LOCATION: "path",
    });
    expect(e).toMatchObject({
      UPLOADTHING_INGEST_URL: "http://localhost:4010",
      UPLOADTHING_UFS_HOST: "localhost:4010",
      UPLOADTHING_UFS_APP_ID_LOCATION: "path",
    });
    expect(() => parseEnv({ FIXWELL_DATA_DIR: "/tmp/fixwell-env-ut", UPLOADTHING_UFS_HOST: "http://x/" })).toThrow(
      "UPLOADTHING_UFS_HOST: should be a host name",
    );
  });
});
