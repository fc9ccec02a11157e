// The overview's first screen for a project without events: how to send the first event and how
// to point each framework at Baton (the setups README and docs/integrations.md give, with this
// server's URL filled in).
export function EmptyProject({ baseUrl }: { baseUrl: string }) {
  const curl = `curl -X POST ${baseUrl}/api/v1/events -H "Authorization: Bearer $BATON_KEY" -H "Content-Type: application/json" -d '{"events":[{"id":"e1","conversationId":"c1","timestamp":${Date.now()},"type":"message","role":"user","content":"Refund order 8812"}]}'`;
  const openAi = `import { BatchTraceProcessor, OpenAITracingExporter, Runner, setTraceProcessors } from "@openai/agents";

setTraceProcessors([new BatchTraceProcessor(new OpenAITracingExporter({
  endpoint: "${baseUrl}/api/v1/integrations/openai-agents/traces",
  apiKey: process.env.BATON_KEY,
}))]);
const runner = new Runner({ groupId: threadId });   // one groupId per conversation`;
  return (
    <div className="panel mx-auto max-w-3xl p-8">
      <h1 className="text-xl font-semibold">No events in this project yet</h1>
      <p className="mt-2 text-sm text-muted">Point your agents at Baton — one line each — or load the demo traffic.</p>
      <h2 className="mt-6 text-sm font-semibold">Send one event</h2>
      <pre className="mt-2 overflow-x-auto rounded-md bg-bg p-3 text-xs">{curl}</pre>
      <h2 className="mt-6 text-sm font-semibold">OpenAI Agents SDK</h2>
      <pre className="mt-2 overflow-x-auto rounded-md bg-bg p-3 text-xs">{openAi}</pre>
      <p className="mt-2 text-xs text-muted">
        Give every run of one conversation the same <code>groupId</code> (your thread id): the SDK makes one trace per
        user turn. With the default Responses model the SDK exports structure only (handoffs, tool calls, no message
        text), so re-ask and intent scores stay empty; <code>setOpenAIAPI(&quot;chat_completions&quot;)</code> exports
        the messages. <code>setTraceProcessors</code> replaces the SDK&apos;s exporter to OpenAI, so traces go to Baton only.
      </p>
      <h2 className="mt-6 text-sm font-semibold">LangGraph (LangSmith protocol)</h2>
      <pre className="mt-2 overflow-x-auto rounded-md bg-bg p-3 text-xs">{`LANGSMITH_TRACING=true LANGSMITH_ENDPOINT=${baseUrl}/api/v1/integrations/langsmith LANGSMITH_API_KEY=$BATON_KEY`}</pre>
      <h2 className="mt-6 text-sm font-semibold">OpenTelemetry</h2>
      <pre className="mt-2 overflow-x-auto rounded-md bg-bg p-3 text-xs">{`OTEL_EXPORTER_OTLP_TRACES_ENDPOINT=${baseUrl}/v1/traces OTEL_EXPORTER_OTLP_TRACES_HEADERS="Authorization=Bearer $BATON_KEY"`}</pre>
      <h2 className="mt-6 text-sm font-semibold">Demo data</h2>
      <pre className="mt-2 overflow-x-auto rounded-md bg-bg p-3 text-xs">{`BATON_URL=${baseUrl} BATON_KEY=$BATON_KEY npm run demo`}</pre>
    </div>
  );
}
