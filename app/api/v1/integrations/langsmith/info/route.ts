// LangSmith clients read this first to learn how to send runs (multipart, size limit).
import { route } from "@/lib/http/route";
import { MAX_BODY_BYTES } from "@/lib/ingest/schemas";
import { serverInfo } from "@/lib/integrations/langsmith";

export const GET = route({ auth: "none", handler: async () => serverInfo(MAX_BODY_BYTES) });
