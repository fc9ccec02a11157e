// How Baton names who did something, in stored records (a review's `by`, an erasure audit row's
// `actor`): "user:<email>" for a logged-in user, "key:<key id>" for an API key (never the key itself).
// One spelling, so the reviews' former-member rule and the audit log read the same names.

export const USER_PREFIX = "user:";

/** "user:<email>" or "key:<key id>". */
export const actorName = (caller: { user?: { email: string }; key?: { keyId: string } }) =>
  caller.user ? `${USER_PREFIX}${caller.user.email}` : `key:${caller.key?.keyId ?? "unknown"}`;

/** Is a stored name a user's (as against an API key's)? */
export const isUserActor = (by: string) => by.startsWith(USER_PREFIX);

/** A stored name as a page or a message shows it: a user by their email, a key as "key:<key id>". */
export const shownActor = (by: string) => (isUserActor(by) ? by.slice(USER_PREFIX.length) : by);
