"use client";
// The photo picker's state: one tile per file, prepared (shrunk) and uploaded one at a time, so a
// phone decodes one big photo at a time and the server's count check sees the uploads in order.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { useI18n } from "@/components/i18n/provider";
import { checkFiles } from "@/lib/uploads/rules";
import { shrinkImage } from "@/lib/uploads/shrink-image";
import { deleteDraft, sendDraft } from "@/lib/uploads/upload-client";

export type TileState = "waiting" | "preparing" | "uploading" | "done" | "failed" | "removing";
export type Tile = {
  uid: string;
  fileName: string;
  preview?: string; // object URL, or our file route for a draft kept by an earlier submit
  video?: boolean;
  state: TileState;
  progress: number;
  id?: string; // the draft's id once the server kept it
  error?: string;
  retryable?: boolean;
  kept?: boolean;
};
type Settings = {
  idempotencyKey: string;
  propertySlug?: string;
  kept: { id: string; fileName: string }[];
  offline: string;
  removeFailed: string;
};
type Events = { uploaded(t: Tile): void; failed(t: Tile, error: string): void; removed(t: Tile): void };

export const BUSY_STATES: TileState[] = ["waiting", "preparing", "uploading", "removing"];
const keptTile = (k: { id: string; fileName: string }, key: string): Tile => ({
  uid: `kept-${k.id}`,
  id: k.id,
  fileName: k.fileName,
  kept: true,
  state: "done",
  progress: 100,
  preview: `/api/files/${encodeURIComponent(k.id)}?k=${encodeURIComponent(key)}`,
});

export function usePhotoQueue(s: Settings, on: Events) {
  const [tiles, setTiles] = useState<Tile[]>(() => s.kept.map((k) => keptTile(k, s.idempotencyKey)));
  const files = useRef(new Map<string, File>()); // a tile's file while it may still be sent; gone once removed
  const queue = useRef<string[]>([]);
  const running = useRef(false);
  const gone = useRef(new Set<string>()); // removed drafts, so a stale `kept` list cannot bring them back
  const seq = useRef(0);
  const { t } = useI18n();
  // The latest props and tiles for the upload loop, which runs across renders: updated after each
  // render is committed, before any event can reach the loop.
  const latest = useRef({ s, on, tiles, t });
  useLayoutEffect(() => {
    latest.current = { s, on, tiles, t };
  });

  const patch = useCallback(
    (uid: string, change: Partial<Tile>) => setTiles((ts) => ts.map((t) => (t.uid === uid ? { ...t, ...change } : t))),
    [],
  );
  const drop = useCallback((uid: string) => setTiles((ts) => ts.filter((t) => t.uid !== uid)), []);
  const find = (uid: string) => latest.current.tiles.find((t) => t.uid === uid);

  // Drafts the server reports after a refused submit: add the ones this page does not show yet.
  const keptIds = s.kept.map((k) => k.id).join();
  useEffect(() => {
    setTiles((ts) => {
      const shown = new Set(ts.map((t) => t.id));
      const add = latest.current.s.kept.filter((k) => !shown.has(k.id) && !gone.current.has(k.id));
      return add.length ? [...add.map((k) => keptTile(k, latest.current.s.idempotencyKey)), ...ts] : ts;
    });
  }, [keptIds]);

  const pump = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    while (queue.current.length) {
      const uid = queue.current.shift()!;
      const original = files.current.get(uid);
      if (!original) continue;
      patch(uid, { state: "preparing", error: undefined });
      const file = await shrinkImage(original);
      if (!files.current.has(uid)) continue; // removed while it was being prepared
      files.current.set(uid, file); // a retry sends the prepared copy
      // A pre-check on the declared type (the server decides by the bytes).
      const tooBig = checkFiles([{ name: original.name, size: file.size, type: original.type }])
        .map((m) => latest.current.t(m))
        .join(" ");
      if (tooBig) {
        patch(uid, { state: "failed", error: tooBig, retryable: false });
        latest.current.on.failed(find(uid)!, tooBig);
        continue;
      }
      const { idempotencyKey: key, propertySlug, offline } = latest.current.s;
      patch(uid, { state: "uploading", progress: 0 });
      const result = await sendDraft({ file, key, propertySlug, onProgress: (progress) => patch(uid, { progress }) });
      // Removed while on its way: never abort (the server may have kept it already), delete instead.
      if (!files.current.has(uid)) {
        const tile = find(uid);
        if (result.ok && !(await deleteDraft(result.id, key))) {
          // Still attached: say so rather than hide a photo the submit would adopt.
          patch(uid, { state: "done", progress: 100, id: result.id, error: latest.current.s.removeFailed });
          continue;
        }
        drop(uid);
        if (tile) latest.current.on.removed(tile);
        continue;
      }
      if (result.ok) {
        patch(uid, { state: "done", progress: 100, id: result.id });
        latest.current.on.uploaded(find(uid)!);
      } else {
        patch(uid, { state: "failed", error: result.error ?? offline, retryable: true });
        latest.current.on.failed(find(uid)!, result.error ?? offline);
      }
    }
    running.current = false;
  }, [patch, drop]);

  const add = useCallback(
    (picked: File[]) => {
      const fresh: Tile[] = picked.map((f) => {
        const uid = `t${++seq.current}`;
        files.current.set(uid, f);
        queue.current.push(uid);
        const visual = f.type.startsWith("image/") || f.type.startsWith("video/");
        return {
          uid,
          fileName: f.name,
          state: "waiting",
          progress: 0,
          video: f.type.startsWith("video/"),
          preview: visual ? URL.createObjectURL(f) : undefined,
        };
      });
      setTiles((ts) => [...ts, ...fresh]);
      void pump();
    },
    [pump],
  );

  const retry = useCallback(
    (uid: string) => {
      if (!files.current.has(uid)) return;
      patch(uid, { state: "waiting", error: undefined, progress: 0 });
      queue.current.push(uid);
      void pump();
    },
    [patch, pump],
  );

  const remove = useCallback(
    async (uid: string) => {
      const tile = find(uid);
      if (!tile || tile.state === "removing") return;
      const sending = tile.state === "uploading";
      files.current.delete(uid);
      if (sending) return patch(uid, { state: "removing" }); // the queue deletes it when the upload ends
      if (tile.id) {
        patch(uid, { state: "removing", error: undefined });
        if (!(await deleteDraft(tile.id, latest.current.s.idempotencyKey)))
          return patch(uid, { state: "done", error: latest.current.s.removeFailed });
        gone.current.add(tile.id);
      }
      if (tile.preview?.startsWith("blob:")) URL.revokeObjectURL(tile.preview);
      drop(uid);
      latest.current.on.removed(tile);
    },
    [patch, drop],
  );

  return { tiles, add, retry, remove, busy: tiles.some((t) => BUSY_STATES.includes(t.state)) };
}
