// A job link we do not know (mistyped, cut short by the phone): 404, and what to do.
export default function JobLinkNotFound() {
  return (
    <main className="mx-auto max-w-xl px-4 py-8">
      <h1 className="text-2xl font-bold">This job link is not valid</h1>
      <p className="mt-3 text-slate-700">
        Check that the whole link was copied from the message, or ask the office to send it again.
      </p>
    </main>
  );
}
