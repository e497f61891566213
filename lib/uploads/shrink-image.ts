// Browser only. Phone photos are often 4000 px and several MB: shrinking them before upload makes a
// slow connection bearable. The server still checks the bytes and re-encodes whatever arrives.
import { PHOTO_LONG_SIDE } from "@/lib/uploads/rules";

/** The photo at most `longSide` px on its long side as a JPEG, or the file untouched when it is
 *  already small, cannot be decoded here (HEIC in most browsers), is a GIF (may be animated) or not
 *  an image at all (video). */
export async function shrinkImage(file: File, longSide = PHOTO_LONG_SIDE, quality = 0.85): Promise<File> {
  if (!file.type.startsWith("image/") || file.type === "image/gif" || typeof createImageBitmap !== "function")
    return file;
  let bitmap: ImageBitmap;
  try {
    // "from-image" applies the camera's orientation, which the canvas copy would otherwise lose.
    bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
  } catch {
    return file;
  }
  try {
    const scale = longSide / Math.max(bitmap.width, bitmap.height);
    if (scale >= 1) return file;
    const canvas = document.createElement("canvas");
    canvas.width = Math.max(1, Math.round(bitmap.width * scale));
    canvas.height = Math.max(1, Math.round(bitmap.height * scale));
    const ctx = canvas.getContext("2d");
    if (!ctx) return file;
    ctx.imageSmoothingQuality = "high";
    ctx.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/jpeg", quality));
    if (!blob) return file;
    return new File([blob], file.name.replace(/\.[^.]*$/, "") + ".jpg", {
      type: "image/jpeg",
      lastModified: file.lastModified,
    });
  } finally {
    bitmap.close();
  }
}
