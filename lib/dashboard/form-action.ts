// Server actions behind forms answer a domain refusal (a role that may not, the last admin, a
// wrong current password…) as a message on the form, not as an error page (a 500 to Next).
import { BatonError } from "../errors";

export async function withRefusals<T extends { error?: string }>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof BatonError && err.status < 500) return { error: err.message } as T;
    throw err;
  }
}
