// The project's reviewed conversations as an `npm run eval -- --file` corpus (lib/reviews/export.ts).
import { z } from "zod";
import { route } from "@/lib/http/route";
import { EXPORT_MAX, exportReviews } from "@/lib/reviews/export";

export const GET = route({
  auth: "key-or-session",
  query: z.object({ limit: z.coerce.number().int().min(1).max(EXPORT_MAX).default(200) }),
  handler: ({ auth, query }) => exportReviews(auth.projectId, query.limit),
});
