// The API's release comparison: both releases must have been seen (404 naming the unknown one),
// then compareReleases (lib/releases/queries.ts) per edge.
import { NotFoundError } from "../errors";
import { compareReleases, listReleases, type ReleaseComparison } from "./queries";

export async function compareReleasesOrThrow({ projectId, a, b }: { projectId: string; a: string; b: string }): Promise<ReleaseComparison> {
  const known = new Set((await listReleases(projectId)).map((r) => r.release));
  for (const r of [a, b]) if (!known.has(r)) throw new NotFoundError(`release "${r}" has not been seen in this project`);
  return compareReleases({ projectId, a, b });
}
