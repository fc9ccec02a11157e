// Limits of an alert rule that both the zod contract (schemas.ts) and the browser form need; kept
// apart from schemas.ts so the client bundle does not pull in env and the address guard.
export const MAX_WEBHOOKS = 10;
