// One colour per alert state on /alerts (the rules table and the history): the theme's CSS variables.
export const STATE_STYLE: Record<string, string> = {
  firing: "var(--c-dropout)",
  pending: "var(--c-reask)",
  nodata: "var(--muted)",
  ok: "var(--c-ok)",
  resolved: "var(--c-ok)",
};
