// Native ingest. The handler lives in lib so the ingest listener in front of Next
// (lib/runtime/ingest-listener.ts) answers with the very same function.
import { postEvents } from "@/lib/ingest/post-events";

export const POST = postEvents.POST;
