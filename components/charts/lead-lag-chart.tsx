"use client";
// Handoffs-to-resolution (left axis) and CSAT (right axis) on one time axis: the overview's
// leading-indicator panel. Rows come from prepareLeadIndicator; this only renders.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { LeadRow } from "./prepare";

export function LeadLagChart({ rows }: { rows: LeadRow[] }) {
  return (
    <div className="h-48">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={rows} margin={{ top: 6, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="var(--border)" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 10, fill: "var(--muted)" }} interval="preserveStartEnd" minTickGap={40} />
          <YAxis yAxisId="h2r" tick={{ fontSize: 10, fill: "var(--muted)" }} width={36} tickFormatter={(v: number) => `${+v.toFixed(1)}`} />
          <YAxis yAxisId="csat" orientation="right" domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} tick={{ fontSize: 10, fill: "var(--muted)" }} width={24} />
          <Tooltip
            formatter={(v) => (typeof v === "number" ? v.toFixed(2) : "—")}
            contentStyle={{ background: "var(--panel)", border: "1px solid var(--border)", fontSize: 12 }}
          />
          <Legend wrapperStyle={{ fontSize: 11 }} />
          <Line yAxisId="h2r" name="Handoffs to resolution" type="linear" dataKey="h2r" stroke="var(--c-neutral)" strokeWidth={2} dot={false} connectNulls isAnimationActive={false} />
          <Line yAxisId="csat" name="CSAT (1–5)" type="linear" dataKey="csat" stroke="var(--c-csat)" strokeWidth={2} dot={false} connectNulls isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
