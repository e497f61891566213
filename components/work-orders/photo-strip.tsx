import { getT } from "@/lib/i18n/server";

/** Thumbnails of a work order's photos, each opening the full image. */
export async function PhotoStrip({ photos, token }: { photos: { id: string; fileName: string }[]; token?: string }) {
  const { t } = await getT();
  if (photos.length === 0) return null;
  const src = (id: string) => `/api/files/${id}${token ? `?t=${encodeURIComponent(token)}` : ""}`;
  return (
    <section aria-labelledby="photos-heading" className="mt-6">
      <h2 id="photos-heading" className="text-lg font-semibold">{t("request.photos")}</h2>
      <ul className="mt-2 grid grid-cols-3 gap-2 sm:grid-cols-4">
        {photos.map((p, i) => (
          <li key={p.id}>
            <a href={src(p.id)} target="_blank" rel="noreferrer">
              {/* eslint-disable-next-line @next/next/no-img-element -- served by our checked route, not a static asset */}
              <img src={src(p.id)} alt={t("request.photoAlt", { n: i + 1, name: p.fileName })} loading="lazy" className="aspect-square w-full rounded-md border border-slate-200 object-cover" />
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
