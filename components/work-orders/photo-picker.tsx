"use client";
// Photos for the request form. Before JavaScript (or without it) this is a plain file input posted
// with the form; once hydrated it takes the files over: each is shrunk, uploaded on its own to
// /api/uploads as a draft of this form (the accepted submit adopts it), and shown with progress,
// Remove and Retry. The server checks everything again; the checks here only answer sooner.
import { useEffect, useEffectEvent, useRef, useState, useSyncExternalStore } from "react";
import { FieldError } from "@/components/ui/field-error";
import { label as labelStyle } from "@/components/ui/styles";
import type { FieldErrors } from "@/lib/errors";
import type { Msg } from "@/lib/i18n/translate";
import { checkFiles } from "@/lib/uploads/rules";
import { fillLabel, type PhotoPickerLabels } from "./photo-picker-labels";
import { PhotoTile } from "./photo-tile";
import { usePhotoQueue } from "./use-photo-queue";

export { PHOTO_PICKER_LABELS_EN, type PhotoPickerLabels } from "./photo-picker-labels";

export const PHOTO_ACCEPT = "image/*,video/mp4,video/quicktime,video/webm";

type Props = {
  idempotencyKey: string;
  propertySlug?: string;
  kept: { id: string; fileName: string }[];
  errors?: FieldErrors[string];
  labels: PhotoPickerLabels;
  onBusyChange?: (busy: boolean) => void;
};

export function PhotoPicker({ idempotencyKey, propertySlug, kept, errors, labels, onBusyChange }: Props) {
  // False in the server's HTML and during hydration, true once scripts run: the plain file input
  // (which works without JavaScript) becomes the scripted picker.
  const ready = useSyncExternalStore(
    noChange,
    () => true,
    () => false,
  );
  const [announcement, setAnnouncement] = useState("");
  const [batchError, setBatchError] = useState<Msg | null>(null);
  const [blocked, setBlocked] = useState(false);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const say = (template: string, values: Record<string, string>) => setAnnouncement(fillLabel(template, values));
  const { tiles, add, retry, remove, busy } = usePhotoQueue(
    { idempotencyKey, propertySlug, kept, offline: labels.offline, removeFailed: labels.removeFailed },
    {
      uploaded: (t) => say(labels.announceUploaded, { name: t.fileName }),
      failed: (t, error) => say(labels.announceFailed, { name: t.fileName, error }),
      removed: (t) => {
        say(labels.announceRemoved, { name: t.fileName });
        input.current?.focus(); // the focused Remove button is gone; land back on the picker
      },
    },
  );

  function take(list: FileList | null | undefined) {
    setBlocked(false); // a held submit is shown only until the next photos are on their way
    const picked = Array.from(list ?? []);
    // The form must not post these again: from here on they travel one by one.
    if (input.current) input.current.value = "";
    if (picked.length === 0) return;
    const counted = tiles.filter((t) => t.state !== "failed").length;
    // Only the count is checked for the batch (size 1 each); sizes are checked per file once shrunk.
    const tooMany = checkFiles([
      ...Array.from({ length: counted }, (_, i) => ({ name: `kept-${i}`, size: 1 })),
      ...picked.map((f) => ({ name: f.name, size: 1 })),
    ]);
    setBatchError(tooMany[0] ?? null); // announced by the error area itself (a live region)
    if (tooMany.length === 0) add(picked);
  }

  // Files picked before hydration are taken over too (once, with the latest `take`).
  const takeEarlyPicks = useEffectEvent(() => {
    if (input.current?.files?.length) take(input.current.files);
  });
  useEffect(() => takeEarlyPicks(), []);

  const busyRef = useRef(busy);
  const tellBusy = useEffectEvent((b: boolean) => onBusyChange?.(b));
  useEffect(() => {
    busyRef.current = busy;
    tellBusy(busy);
  }, [busy]);
  const held = blocked && busy; // the "wait for the photos" note, while they are still on their way

  // A submit while photos are on their way would send the form without them: hold it.
  useEffect(() => {
    const form = input.current?.form;
    if (!form) return;
    const hold = (e: SubmitEvent) => {
      if (!busyRef.current) return;
      e.preventDefault();
      setBlocked(true);
    };
    form.addEventListener("submit", hold);
    return () => form.removeEventListener("submit", hold);
  }, []);

  const shownErrors = [...(errors ?? []), ...(batchError ? [batchError] : [])];
  const describedBy = ["photos-hint", shownErrors.length ? "photos-error" : "", held ? "photos-busy" : ""]
    .filter(Boolean)
    .join(" ");
  return (
    <div>
      <label htmlFor="photos" className={labelStyle}>
        {labels.label}
      </label>
      <p id="photos-hint" className="text-sm text-slate-600">
        {labels.hint}
      </p>
      <div
        data-dragging={dragging || undefined}
        className={
          ready
            ? "mt-2 flex flex-col items-stretch gap-2 rounded-lg border-2 border-dashed border-slate-300 bg-white p-3 data-dragging:border-brand data-dragging:bg-teal-50 sm:flex-row sm:items-center"
            : ""
        }
        onDragOver={(e) => {
          if (!e.dataTransfer.types.includes("Files")) return;
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          if (!e.dataTransfer.files.length) return;
          e.preventDefault();
          setDragging(false);
          take(e.dataTransfer.files);
        }}
      >
        <input
          ref={input}
          id="photos"
          name="photos"
          type="file"
          accept={PHOTO_ACCEPT}
          multiple
          onChange={(e) => take(e.target.files)}
          className={
            ready
              ? "peer sr-only"
              : "mt-1 block w-full text-base file:mr-3 file:min-h-11 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-4 file:font-semibold"
          }
          aria-invalid={shownErrors.length > 0}
          aria-describedby={describedBy}
        />
        {ready && (
          <>
            {/* A larger, worded stand-in for the input (which stays the focusable, labelled control). */}
            <button
              type="button"
              tabIndex={-1}
              aria-hidden="true"
              onClick={() => input.current?.click()}
              className="inline-flex min-h-12 items-center justify-center gap-2 rounded-md border border-brand bg-white px-5 font-semibold text-brand hover:bg-teal-50 peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-blue-600"
            >
              <svg viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2">
                <path d="M4 8h3l2-3h6l2 3h3v11H4z" />
                <circle cx="12" cy="13" r="3.5" />
              </svg>
              {labels.choose}
            </button>
            <span className="hidden text-sm text-slate-600 sm:pointer-fine:inline">{labels.drop}</span>
          </>
        )}
      </div>
      <div aria-live="polite">
        <FieldError id="photos-error" errors={shownErrors} />
      </div>
      {held && (
        <p id="photos-busy" role="alert" className="mt-2 rounded-md border border-amber-300 bg-amber-50 p-2 text-sm">
          {labels.busy}
        </p>
      )}
      {!ready && kept.length > 0 && (
        <p role="status" className="mt-2 rounded-md bg-slate-100 p-2 text-sm">
          {fillLabel(labels.keptSummary, { names: kept.map((k) => k.fileName).join(", ") })}
        </p>
      )}
      {ready && tiles.length > 0 && (
        <ul aria-label={labels.list} className="mt-3 grid gap-2">
          {tiles.map((t) => (
            <PhotoTile
              key={t.uid}
              tile={t}
              labels={labels}
              onRemove={() => void remove(t.uid)}
              onRetry={() => retry(t.uid)}
            />
          ))}
        </ul>
      )}
      {ready && (
        <p aria-live="polite" className="sr-only">
          {announcement}
        </p>
      )}
    </div>
  );
}

/** useSyncExternalStore's subscribe for a value that never changes once on the client. */
const noChange = () => () => {};
