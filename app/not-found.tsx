import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto mt-20 max-w-md text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-muted">There is nothing here — it may belong to another project.</p>
      <Link href="/" className="btn mt-6">
        Back to the overview
      </Link>
    </main>
  );
}
