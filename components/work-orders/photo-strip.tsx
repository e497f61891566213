import { getT } from "@/lib/i18n/server";

/** A work order's photos (thumbnails opening the full image) and videos (played in place). */
type Attachment = { id: string; fileName: string; kind?: string };

export async function PhotoStrip({ photos, token }: { photos: Attachment[]; token?: string }) {
  const { t } = await getT();
  if (photos.length === 0) return null;
  const src = (id: string) => `/api/files/${id}${token ? `?t=${encodeURIComponent(token)}` : ""}`;
  const videos = photos.filter((p) => p.kind === "VIDEO");
  const images = photos.filter((p) => p.kind !== "VIDEO");
  const heading =
    videos.length === 0 ? "request.photosOnly" : images.length === 0 ? "request.videosOnly" : "request.photos";
  return (
    <section aria-labelledby="photos-heading" className="mt-6">
      <h2 id="photos-heading" className="text-lg font-semibold">
        {t(heading)}
      </h2>
      <ul className="mt-2 grid grid-cols-3 gap-2 sm:grid-cols-4">
        {images.map((p, i) => (
          <li key={p.id}>
            <a href={src(p.id)} target="_blank" rel="noreferrer">
              <img
                src={src(p.id)}
                alt={t("request.photoAlt", { n: i + 1, name: p.fileName })}
                loading="lazy"
                className="aspect-square w-full rounded-md border border-slate-200 object-cover"
              />
            </a>
          </li>
        ))}
        {/* A whole row each: player controls need the width on a phone. preload="metadata" fetches
            only the first bytes, not the whole clip, on a slow connection. */}
        {videos.map((v, i) => (
          <li key={v.id} className="col-span-3 sm:col-span-2">
            <video
              controls
              playsInline
              preload="metadata"
              src={src(v.id)}
              aria-label={t("request.videoLabel", { n: i + 1, name: v.fileName })}
              className="w-full rounded-md border border-slate-200 bg-black"
            >
              <a href={src(v.id)}>{t("request.download", { name: v.fileName })}</a>
            </video>
          </li>
        ))}
      </ul>
    </section>
  );
}
