// A conversation's status values (SPEC §2.3), importable by client components (the list's filter form).
export const STATUSES = ["open", "resolved", "escalated", "abandoned"] as const;
