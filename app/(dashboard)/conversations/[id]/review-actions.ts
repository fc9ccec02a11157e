"use server";
// The drill-down's review form (lib/reviews/review.ts): members and admins save or clear their labels.
// The form is read and checked by lib/reviews/review-form.ts, as the API checks PUT/DELETE …/review.
import { revalidatePath } from "next/cache";
import { canEditProject } from "@/lib/auth/permissions";
import { refused, requireViewer } from "@/lib/dashboard/session";
import { BatonError } from "@/lib/errors";
import { actorName } from "@/lib/auth/actor";
import { deleteReview, saveReview } from "@/lib/reviews/review";
import { parseReviewForm } from "@/lib/reviews/review-form";

export type ReviewFormState = { error?: string; ok?: string };

export async function saveReviewAction(_: ReviewFormState, form: FormData): Promise<ReviewFormState> {
  const v = await requireViewer();
  if (!canEditProject(v.role)) return refused(v);
  const f = parseReviewForm(form, v.projectId);
  if ("error" in f) return { error: f.error };
  const at = { projectId: v.projectId, conversationId: f.conversationId, expectedAt: f.expectedAt };
  try {
    if (f.clear) await deleteReview(at);
    else await saveReview({ ...at, input: f.input, by: actorName({ user: v.user }) });
  } catch (err) {
    if (err instanceof BatonError) return { error: err.message };
    throw err;
  }
  revalidatePath(`/conversations/${encodeURIComponent(f.conversationId)}`);
  return { ok: f.clear ? "Review cleared." : "Review saved." };
}
