// An upload link we do not know (mistyped, cut short by the mail app): 404, and what to do.
export default function PapersLinkNotFound() {
  return (
    <main className="mx-auto max-w-xl px-4 py-8">
      <h1 className="text-2xl font-bold">This upload link is not valid</h1>
      <p className="mt-3 text-slate-700">
        Check that the whole link was copied from the email, or ask the property manager to send a new one.
      </p>
    </main>
  );
}
