"use client";
// A trend line that explains and drills (issue 15, item 4): the tooltip gives the count behind a
// rate ("3 of 13 handoffs dropped a field"); clicking a point opens /conversations for that bucket
// with the metric's filter; dragging across the chart zooms the page to that range. Axis ticks are
// rounded (niceTicks). Without `metric` it is the plain line it always was.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { CartesianGrid, Line, LineChart, ReferenceArea, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { drillHref, sampleSentence } from "@/lib/dashboard/explain";
import type { PlacedMarker } from "./markers";
import { niceTicks, type ChartRow } from "./prepare";

/** Marker colours: a release is neutral news, a detected level shift is a warning. */
const MARKER_COLOR: Record<PlacedMarker["kind"], string> = { release: "var(--muted)", change: "var(--c-change)" };

interface Props {
  rows: ChartRow[];
  color: string;
  format: "rate" | "number";
  /** enables the count tooltip and click-to-drill for this metric */
  metric?: string;
  /** extra list filters for a drill (an agent, an edge, a release) */
  drill?: Record<string, string>;
  /** drag to zoom the page's range (default on when a metric is given) */
  zoom?: boolean;
  /** release first-seen lines (dashed, named) and change-points (solid, ▲/▼) — components/charts/markers.ts */
  markers?: PlacedMarker[];
}

export function TrendChart({ rows, color, format, metric, drill, zoom = !!metric, markers = [] }: Props) {
  const router = useRouter();
  const path = usePathname();
  const params = useSearchParams();
  const [sel, setSel] = useState<{ a: number; b: number } | null>(null);
  const fmt = (v: number) => (format === "rate" ? `${+(v * 100).toFixed(1)}%` : v >= 1000 ? `${+(v / 1000).toFixed(1)}k` : `${+v.toFixed(2)}`);
  const max = Math.max(0, ...rows.map((r) => r.value ?? 0));
  const ticks = format === "rate" ? niceTicks(Math.min(1, max), 4, 1) : niceTicks(max);
  const open = (row: ChartRow | undefined) => {
    if (metric && row) router.push(drillHref(metric, new Date(row.t), new Date(row.end), drill));
  };
  const finish = () => {
    if (!sel) return;
    const [a, b] = [Math.min(sel.a, sel.b), Math.max(sel.a, sel.b)];
    setSel(null);
    if (a === b) return open(rows[a]);
    if (!zoom) return;
    const q = new URLSearchParams(params.toString());
    q.set("range", "custom");
    q.set("from", new Date(rows[a].t).toISOString());
    q.set("to", new Date(rows[b].end).toISOString());
    q.delete("cursor");
    router.push(`${path}?${q.toString()}`);
  };
  return (
    <div className={`h-36 select-none ${metric ? "cursor-pointer" : ""}`} data-testid={metric ? `trend-${metric}` : undefined}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart
          data={rows}
          margin={{ top: markers.length ? 14 : 6, right: 8, bottom: 0, left: 0 }}
          onMouseDown={(s) => metric && s?.activeTooltipIndex != null && setSel({ a: Number(s.activeTooltipIndex), b: Number(s.activeTooltipIndex) })}
          onMouseMove={(s) => sel && s?.activeTooltipIndex != null && setSel({ ...sel, b: Number(s.activeTooltipIndex) })}
          onMouseUp={finish}
          onMouseLeave={() => setSel(null)}
        >
          <CartesianGrid stroke="var(--border)" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 10, fill: "var(--muted)" }} interval="preserveStartEnd" minTickGap={40} />
          <YAxis tick={{ fontSize: 10, fill: "var(--muted)" }} width={40} tickFormatter={fmt} ticks={ticks} domain={[0, ticks[ticks.length - 1]]} allowDataOverflow />
          <Tooltip
            formatter={(v, _n, item) => {
              const row = item?.payload as ChartRow | undefined;
              const value = typeof v === "number" ? fmt(v) : "—";
              const count = metric && row ? sampleSentence(metric, row.value, row.samples) : "";
              return [count ? `${value} · ${count}` : value, ""];
            }}
            separator=""
            contentStyle={{ background: "var(--panel)", border: "1px solid var(--border)", fontSize: 12 }}
          />
          {markers.map((m) => (
            <ReferenceLine
              key={`${m.kind}|${m.label}`}
              x={m.label}
              stroke={MARKER_COLOR[m.kind]}
              strokeDasharray={m.kind === "release" ? "3 3" : undefined}
              label={m.href ? <MarkerLink name={m.name} color={MARKER_COLOR[m.kind]} onOpen={() => router.push(m.href!)} /> : { value: m.name, position: "insideTopLeft", fontSize: 9, fill: MARKER_COLOR[m.kind], offset: -12 }}
            />
          ))}
          <Line type="linear" dataKey="value" stroke={color} strokeWidth={2} dot={rows.length <= 31 ? { r: 2.5, fill: color } : false} activeDot={{ r: 4 }} connectNulls={false} isAnimationActive={false} />
          {sel && sel.a !== sel.b && <ReferenceArea x1={rows[Math.min(sel.a, sel.b)].label} x2={rows[Math.max(sel.a, sel.b)].label} fill="var(--accent)" fillOpacity={0.12} />}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

/** A marker's name that drills when clicked (a change-point: its bucket's conversations); recharts passes the line's viewBox. */
function MarkerLink({ name, color, onOpen, viewBox }: { name: string; color: string; onOpen: () => void; viewBox?: { x?: number; y?: number } }) {
  return (
    <text
      x={(viewBox?.x ?? 0) + 2}
      y={(viewBox?.y ?? 0) - 3}
      fontSize={11}
      fill={color}
      role="link"
      aria-label={`${name} level shift: show the conversations of this bucket`}
      style={{ cursor: "pointer" }}
      onMouseDown={(e) => e.stopPropagation()}
      onMouseUp={(e) => e.stopPropagation()}
      onClick={(e) => {
        e.stopPropagation();
        onOpen();
      }}
      data-testid="change-marker"
    >
      {name}
    </text>
  );
}
