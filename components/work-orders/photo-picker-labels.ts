// Every word the photo picker shows, so a page can hand it another language. A plain module (not
// "use client") so server components can import the English defaults too. {name}, {names} and
// {error} are filled in by the picker.
export const PHOTO_PICKER_LABELS_EN = {
  label: "Photos (optional)",
  hint: "Take them now or pick from your gallery: up to 10, 20 MB each. Location data is removed.",
  choose: "Take or choose photos",
  drop: "or drag them here",
  list: "Attached photos",
  waiting: "Waiting…",
  preparing: "Getting it ready…",
  uploading: "Uploading…",
  uploaded: "Attached",
  kept: "Attached (kept from your last try)",
  keptSummary: "Already attached (kept from your last try): {names}",
  removing: "Removing…",
  progress: "Upload progress for {name}",
  remove: "Remove",
  retry: "Retry",
  offline: "The upload was interrupted. Check your connection and retry.",
  removeFailed: "This photo could not be removed. Try again.",
  busy: "Wait until the photos finish uploading, then send.",
  announceUploaded: "{name} attached.",
  announceFailed: "{name} was not attached: {error}",
  announceRemoved: "{name} removed.",
};

export type PhotoPickerLabels = Record<keyof typeof PHOTO_PICKER_LABELS_EN, string>;

export function fillLabel(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
