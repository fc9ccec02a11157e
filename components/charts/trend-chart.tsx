"use client";
import { Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis, CartesianGrid } from "recharts";
import type { ChangeMarker, ChartRow } from "./prepare";

/** `markers`: level shifts (prepareChangeMarkers) drawn as dashed lines with ▲/▼ at their start. */
export function TrendChart({ rows, color, format, markers = [] }: { rows: ChartRow[]; color: string; format: "rate" | "number"; markers?: ChangeMarker[] }) {
  const fmt = (v: number) => (format === "rate" ? `${Math.round(v * 100)}%` : v >= 1000 ? `${(v / 1000).toFixed(1)}k` : `${+v.toFixed(2)}`);
  return (
    <div className="h-36">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={rows} margin={{ top: 6, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="var(--border)" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 10, fill: "var(--muted)" }} interval="preserveStartEnd" minTickGap={40} />
          <YAxis tick={{ fontSize: 10, fill: "var(--muted)" }} width={40} tickFormatter={fmt} />
          <Tooltip
            formatter={(v) => (typeof v === "number" ? fmt(v) : "—")}
            contentStyle={{ background: "var(--panel)", border: "1px solid var(--border)", fontSize: 12 }}
          />
          {markers.map((m) => (
            <ReferenceLine
              key={m.label}
              x={m.label}
              stroke="var(--c-change)"
              strokeDasharray="4 3"
              label={{ value: m.direction === "up" ? "▲" : "▼", position: "insideTopLeft", fill: "var(--c-change)", fontSize: 10 }}
            />
          ))}
          <Line type="linear" dataKey="value" stroke={color} strokeWidth={2} dot={rows.length <= 31 ? { r: 2.5, fill: color } : false} connectNulls={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
