// Who may see and do what. A key sees and edits its own project (it is the project's machine
// credential; it cannot manage users). A user sees the projects they are a member of, and their
// role in each decides what they may change:
//   admin  — everything, including the project's users and their roles
//   member — settings, API keys, alert rules, rescores
//   viewer — reads everything in the project, changes nothing
// Pure (no database), so client components can ask the same questions; lib/auth/memberships.ts
// reads who is a member of what.
export const ROLES = ["admin", "member", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const canEditProject = (role: Role) => role === "admin" || role === "member";
export const canManageUsers = (role: Role) => role === "admin";
