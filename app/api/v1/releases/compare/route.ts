import { z } from "zod";
import { route } from "@/lib/http/route";
import { MAX_RELEASE_LENGTH } from "@/lib/releases/extract";
import { compareReleasesOrThrow } from "@/lib/releases/compare";

const Release = z.string().trim().min(1).max(MAX_RELEASE_LENGTH);

export const GET = route({
  auth: "key-or-session",
  query: z.object({ a: Release, b: Release }),
  handler: ({ auth, query }) => compareReleasesOrThrow({ projectId: auth.projectId, a: query.a, b: query.b }),
});
