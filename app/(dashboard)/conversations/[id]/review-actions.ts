"use server";
// The drill-down's review form (lib/reviews/review.ts): members and admins save or clear their labels.
import { revalidatePath } from "next/cache";
import { canEditProject } from "@/lib/auth/permissions";
import { refused, requireViewer } from "@/lib/dashboard/session";
import { BatonError } from "@/lib/errors";
import { deleteReview, REVIEW_FLAGS, reviewer, ReviewInput, saveReview } from "@/lib/reviews/review";

export type ReviewFormState = { error?: string; ok?: string };

export async function saveReviewAction(_: ReviewFormState, form: FormData): Promise<ReviewFormState> {
  const v = await requireViewer();
  if (!canEditProject(v.role)) return refused(v);
  const conversationId = String(form.get("conversationId") ?? "");
  const clear = form.get("intent") === "clear";
  try {
    if (clear) {
      await deleteReview({ projectId: v.projectId, conversationId });
    } else {
      // each label is a radio: "yes" / "no"; a missing one is named rather than read as "no"
      const labels: Record<string, boolean> = {};
      for (const f of REVIEW_FLAGS) {
        const x = form.get(`label-${f}`);
        if (x !== "yes" && x !== "no") return { error: `Choose yes or no for ${f.replace("_", " ")}.` };
        labels[f] = x === "yes";
      }
      const note = String(form.get("note") ?? "");
      const input = ReviewInput.safeParse({ labels, ...(note.trim() ? { note } : {}) });
      if (!input.success) return { error: `${input.error.issues[0].path.join(".")}: ${input.error.issues[0].message}` };
      await saveReview({ projectId: v.projectId, conversationId, input: input.data, by: reviewer({ user: v.user }) });
    }
  } catch (err) {
    if (err instanceof BatonError) return { error: err.message };
    throw err;
  }
  revalidatePath(`/conversations/${encodeURIComponent(conversationId)}`);
  return { ok: clear ? "Review cleared." : "Review saved." };
}
