// The drill-down's review form (app/(dashboard)/conversations/[id]/review-actions.ts) read into what
// saveReview/deleteReview take, checked as the API checks PUT/DELETE …/review: the same ReviewInput,
// and the conversation id as the API's path (1–256 characters, no NUL — PostgreSQL refuses NUL, and
// an unchecked id made the action throw). Two more fields only a form needs: the project the page
// was rendered for (a project switched in another tab must not receive this review: conversation
// ids are client-chosen, so "c1" may exist in both) and the review the page showed (`reviewedAt`,
// empty for none), so a review saved meanwhile by someone else is not silently replaced.
import { Text } from "../http/params";
import { REVIEW_FLAGS, ReviewInput } from "./review";

export type ReviewForm =
  | { error: string }
  | { conversationId: string; expectedAt: string | null; clear: true }
  | { conversationId: string; expectedAt: string | null; clear: false; input: ReviewInput };

const field = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === "string" ? v : "";
};

export function parseReviewForm(form: FormData, projectId: string): ReviewForm {
  const id = Text(256).safeParse(field(form, "conversationId"));
  if (!id.success) return { error: `conversation id: ${id.error.issues[0].message}` };
  if (field(form, "projectId") !== projectId) return { error: "This page shows another project than the one now selected: reload it before reviewing." };
  const at = field(form, "reviewedAt");
  const base = { conversationId: id.data, expectedAt: at === "" ? null : at };
  if (field(form, "intent") === "clear") return { ...base, clear: true };
  // each label is a radio: "yes" / "no"; a missing one is named rather than read as "no"
  const labels: Record<string, boolean> = {};
  for (const f of REVIEW_FLAGS) {
    const x = form.get(`label-${f}`);
    if (x !== "yes" && x !== "no") return { error: `Choose yes or no for ${f.replace("_", " ")}.` };
    labels[f] = x === "yes";
  }
  const note = field(form, "note");
  const input = ReviewInput.safeParse({ labels, ...(note.trim() ? { note } : {}) });
  if (!input.success) return { error: `${input.error.issues[0].path.join(".")}: ${input.error.issues[0].message}` };
  return { ...base, clear: false, input: input.data };
}
