// OpenAI Agents SDK: point `OpenAITracingExporter({ endpoint, apiKey })` here (SPEC §2.2). The
// handler lives in lib so the ingest listener in front of Next (lib/runtime/ingest-listener.ts)
// answers with the very same function.
import { postOpenAITraces } from "@/lib/integrations/post-openai-agents";

export const POST = postOpenAITraces.POST;
