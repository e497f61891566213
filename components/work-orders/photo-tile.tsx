"use client";
// One attached (or failed) file in the photo picker: thumbnail, name, progress, and its buttons.
// Buttons are 44 px tall and name their file for screen readers ("Remove kitchen.jpg").
import { useState } from "react";
import { fillLabel, type PhotoPickerLabels } from "./photo-picker-labels";
import { BUSY_STATES, type Tile } from "./use-photo-queue";

// Drawn by us (appearance-none) so it has the brand colour in every browser.
const progressBar =
  "mt-1 block h-2 w-full appearance-none overflow-hidden rounded-full bg-slate-200 [&::-webkit-progress-bar]:bg-slate-200 [&::-webkit-progress-value]:bg-brand [&::-moz-progress-bar]:bg-brand";
const smallButton =
  "inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border px-4 text-sm font-semibold disabled:opacity-60";

export function PhotoTile({
  tile,
  labels,
  onRemove,
  onRetry,
}: {
  tile: Tile;
  labels: PhotoPickerLabels;
  onRemove(): void;
  onRetry(): void;
}) {
  const [broken, setBroken] = useState(false);
  const failed = tile.state === "failed";
  const errorId = `${tile.uid}-error`;
  const status = {
    waiting: labels.waiting,
    preparing: labels.preparing,
    uploading: labels.uploading,
    removing: labels.removing,
    failed: "",
    done: tile.kept ? labels.kept : labels.uploaded,
  }[tile.state];
  const inFlight = BUSY_STATES.includes(tile.state) && tile.state !== "removing";
  return (
    <li
      className={`flex gap-3 rounded-md border bg-white p-2 ${failed || tile.error ? "border-red-300" : "border-slate-200"}`}
    >
      <div className="size-16 shrink-0 overflow-hidden rounded-md bg-slate-100" aria-hidden="true">
        {tile.preview && !broken ? (
          tile.video ? (
            <video
              src={tile.preview}
              muted
              playsInline
              preload="metadata"
              className="size-full object-cover"
              onError={() => setBroken(true)}
            />
          ) : (
            <img src={tile.preview} alt="" className="size-full object-cover" onError={() => setBroken(true)} />
          )
        ) : (
          <svg
            viewBox="0 0 24 24"
            className="m-auto mt-4 size-8 text-slate-400"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
          >
            <path d="M4 5h16v14H4zM4 15l4-4 4 4 3-3 5 5" />
          </svg>
        )}
      </div>
      <div className="min-w-0 flex-1">
        <p className="truncate text-sm font-semibold">{tile.fileName}</p>
        {status && <p className="text-sm text-slate-600">{status}</p>}
        {tile.error && (
          <p id={errorId} className="text-sm font-medium text-red-700">
            {tile.error}
          </p>
        )}
        {(inFlight || (tile.state === "done" && !tile.kept)) && (
          <progress
            max={100}
            value={tile.state === "waiting" || tile.state === "preparing" ? undefined : tile.progress}
            aria-label={fillLabel(labels.progress, { name: tile.fileName })}
            className={progressBar}
          />
        )}
        <div className="mt-1 flex flex-wrap gap-2">
          {failed && tile.retryable && (
            <button
              type="button"
              onClick={onRetry}
              aria-describedby={errorId}
              className={`${smallButton} border-brand bg-brand text-white hover:bg-brand-dark`}
            >
              {labels.retry}
              <span className="sr-only"> {tile.fileName}</span>
            </button>
          )}
          <button
            type="button"
            onClick={onRemove}
            disabled={tile.state === "removing"}
            aria-describedby={tile.error ? errorId : undefined}
            className={`${smallButton} border-slate-300 bg-white text-slate-800 hover:bg-slate-100`}
          >
            {labels.remove}
            <span className="sr-only"> {tile.fileName}</span>
          </button>
        </div>
      </div>
    </li>
  );
}
