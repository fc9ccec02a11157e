// How well the scorers agree with the project's reviews (lib/reviews/review.ts): per flag the
// counts, precision, recall and false alarms on clean conversations, as `npm run eval` prints them.
import { route } from "@/lib/http/route";
import { reviewAccuracy } from "@/lib/reviews/accuracy";

export const GET = route({
  auth: "key-or-session",
  handler: ({ auth }) => reviewAccuracy(auth.projectId),
});
