// Conversation flags, as the dashboard filters name them: its own module so client components
// (the list's filter form) can import the list without the scorers.
export const FLAGS = ["dropout", "reask", "stale", "drift", "role_confusion", "deep", "ping_pong", "contract_break", "ask_lost", "over_compressed", "result_unused"] as const;
export type Flag = (typeof FLAGS)[number];
