// Browser side of /api/uploads. XMLHttpRequest rather than fetch: only it reports upload progress.
export type SendResult = { ok: true; id: string; fileName: string } | { ok: false; error: string | null }; // null: no answer

export function sendDraft(args: {
  file: File;
  key: string;
  propertySlug?: string;
  onProgress: (percent: number) => void;
}): Promise<SendResult> {
  const form = new FormData();
  form.set("key", args.key);
  form.set("file", args.file, args.file.name);
  if (args.propertySlug) form.set("propertySlug", args.propertySlug);
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/uploads");
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => e.lengthComputable && args.onProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => {
      const body = (xhr.response ?? {}) as { id?: string; fileName?: string; error?: string };
      if (xhr.status === 201 && body.id) resolve({ ok: true, id: body.id, fileName: body.fileName ?? args.file.name });
      else resolve({ ok: false, error: typeof body.error === "string" ? body.error : null });
    };
    xhr.onerror = xhr.onabort = xhr.ontimeout = () => resolve({ ok: false, error: null });
    xhr.send(form);
  });
}

/** True once the draft is gone (a 404 means it already was). */
export async function deleteDraft(id: string, key: string): Promise<boolean> {
  try {
    const res = await fetch(`/api/uploads/${encodeURIComponent(id)}?key=${encodeURIComponent(key)}`, {
      method: "DELETE",
    });
    return res.status === 204 || res.status === 404;
  } catch {
    return false;
  }
}
