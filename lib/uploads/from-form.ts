// Photos and videos posted with a form (with or without JavaScript): limits first, then each
// checked by its bytes. The field is still called "photos": forms and callers predate videos.
import "server-only";
import { processFile, sniff, UnreadableFile, type ProcessedFile } from "@/lib/uploads/process-file";
import { checkFiles } from "@/lib/uploads/rules";
import type { Msg } from "@/lib/i18n/translate";

// Enough for file-type to tell our image and video formats apart (its own detection size).
const HEAD_BYTES = 4100;

export async function readPhotos(
  formData: FormData,
  alreadyKept = 0,
  field = "photos",
): Promise<{ photos: ProcessedFile[]; errors: Msg[] }> {
  // A file input left empty posts one nameless, empty file: that is "no photo" (its name arrives as
  // "" or, through a server action's decoding of a missing filename, "undefined"). A named file with
  // no bytes is a photo that did not come through (a phone that lost it, a cloud placeholder): refused.
  const all = formData
    .getAll(field)
    .filter((f): f is File => typeof f === "object" && f !== null && "arrayBuffer" in f);
  const files = all.filter((f) => f.size > 0);
  const empty = all.filter((f) => f.size === 0 && f.name !== "" && f.name !== "undefined");
  if (empty.length)
    return { photos: [], errors: empty.map((f): Msg => ({ key: "files.empty", vars: { name: f.name } })) };
  // The size limit depends on what the file is, read from its first bytes; the full check comes after.
  const incoming = await Promise.all(
    files.map(async (f) => ({
      name: f.name,
      size: f.size,
      type: await sniff(new Uint8Array(await f.slice(0, HEAD_BYTES).arrayBuffer())),
    })),
  );
  // Files kept from an earlier try count against the limit too.
  const errors = checkFiles([
    ...Array.from({ length: alreadyKept }, (_, i) => ({ name: `kept-${i}`, size: 1 })),
    ...incoming,
  ]);
  if (errors.length) return { photos: [], errors };
  const photos: ProcessedFile[] = [];
  for (const file of files) {
    try {
      photos.push(await processFile(file.name, Buffer.from(await file.arrayBuffer())));
    } catch (err) {
      if (!(err instanceof UnreadableFile)) throw err;
      errors.push(err.msg);
    }
  }
  return { photos, errors };
}
