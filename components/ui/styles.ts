export const input =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-3 text-base shadow-sm focus:border-brand focus:ring-2 focus:ring-brand/30 aria-[invalid=true]:border-red-600";
export const button =
  "inline-flex min-h-12 items-center justify-center rounded-md bg-brand px-5 py-3 text-base font-semibold text-white hover:bg-brand-dark disabled:opacity-60";
export const buttonSecondary =
  "inline-flex min-h-11 items-center justify-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-100";
export const label = "block text-sm font-semibold text-slate-800";
