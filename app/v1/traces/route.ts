// OTLP/HTTP traces (SPEC §2.2). The handler lives in lib so the ingest listener in front of Next
// (lib/runtime/ingest-listener.ts) answers with the very same function.
import { postTraces } from "@/lib/integrations/post-otlp";

export const POST = postTraces.POST;
