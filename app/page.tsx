export default function Home() {
  return (
    <main className="mx-auto max-w-2xl p-10">
      <h1 className="text-2xl font-semibold">Baton</h1>
      <p className="mt-2 text-muted">Handoff monitoring for multi-agent LLM systems. Send events to /api/v1/events.</p>
    </main>
  );
}
