import Link from "next/link";

export default function TrackingNotFound() {
  return (
    <main className="mx-auto max-w-md px-4 py-10">
      <h1 className="text-2xl font-bold">This tracking link doesn&apos;t work</h1>
      <p className="mt-3 text-slate-700">It may have expired, or part of it is missing. Open the link from your email again, or contact your property manager with your tracking number.</p>
      <p className="mt-3"><Link className="text-brand underline" href="/sign-in">Sign in</Link> if you have an account.</p>
    </main>
  );
}
