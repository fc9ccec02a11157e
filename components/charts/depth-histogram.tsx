"use client";
// Conversations by longest chain; a bar opens the list of the conversations with that depth.
import { useRouter } from "next/navigation";
import { Bar, BarChart, Cell, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const COLORS = { ok: "var(--c-depth)", warn: "var(--c-reask)", critical: "var(--c-dropout)" };

export function DepthHistogram({ rows, warn, critical, listHref }: { rows: Array<{ depth: number; conversations: number; level: "ok" | "warn" | "critical" | string }>; warn: number; critical: number; listHref?: string }) {
  const router = useRouter();
  return (
    <div className="h-48">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ top: 16, right: 8, bottom: 0, left: 0 }}>
          <XAxis dataKey="depth" tick={{ fontSize: 10, fill: "var(--muted)" }} />
          <YAxis tick={{ fontSize: 10, fill: "var(--muted)" }} width={40} allowDecimals={false} />
          <Tooltip formatter={(v) => [`${v} conversations`, "count"]} labelFormatter={(d) => `depth ${d}`} contentStyle={{ background: "var(--panel)", border: "1px solid var(--border)", fontSize: 12 }} />
          <ReferenceLine x={warn} stroke="var(--c-reask)" strokeDasharray="4 3" label={{ value: `warn > ${warn}`, fontSize: 10, fill: "var(--c-reask)", position: "top" }} />
          <ReferenceLine x={critical} stroke="var(--c-dropout)" strokeDasharray="4 3" label={{ value: `critical > ${critical}`, fontSize: 10, fill: "var(--c-dropout)", position: "top" }} />
          <Bar dataKey="conversations" isAnimationActive={false} cursor={listHref ? "pointer" : undefined} onClick={(d) => listHref && router.push(`${listHref}&depth=${(d as { payload?: { depth?: number } }).payload?.depth ?? ""}`)}>
            {rows.map((r) => (
              <Cell key={r.depth} fill={COLORS[r.level as keyof typeof COLORS] ?? COLORS.ok} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
