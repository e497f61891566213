// Photos posted with a form (with or without JavaScript): limits first, then each checked by its bytes.
import "server-only";
import { processImage, UnreadableImage, type ProcessedImage } from "./process-image";
import { checkFiles } from "./rules";

export async function readPhotos(formData: FormData, alreadyKept = 0, field = "photos"): Promise<{ photos: ProcessedImage[]; errors: string[] }> {
  const files = formData.getAll(field).filter((f): f is File => typeof f === "object" && f !== null && "arrayBuffer" in f && f.size > 0);
  // Photos kept from an earlier try count against the limit too.
  const errors = checkFiles([...Array.from({ length: alreadyKept }, (_, i) => ({ name: `kept-${i}`, size: 1 })), ...files]);
  if (errors.length) return { photos: [], errors };
  const photos: ProcessedImage[] = [];
  for (const file of files) {
    try {
      photos.push(await processImage(file.name, Buffer.from(await file.arrayBuffer())));
    } catch (err) {
      if (!(err instanceof UnreadableImage)) throw err;
      errors.push(err.message);
    }
  }
  return { photos, errors };
}
