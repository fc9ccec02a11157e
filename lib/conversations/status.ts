// A conversation's status, defined once: the scorer derives it (lib/scoring/structure.ts), the
// list filters by it (lib/conversations/list.ts, the /conversations filter bar), and a resolution
// event sets one of the ending ones (lib/ingest/schemas.ts). No server imports: client components use it.
export const CONVERSATION_STATUSES = ["open", "resolved", "escalated", "abandoned"] as const;
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];

/** The statuses a resolution event can set (a conversation without one is "open"). */
export const ENDING_STATUSES = ["resolved", "escalated", "abandoned"] as const satisfies readonly ConversationStatus[];
