"use client";
import { Line, LineChart, ReferenceLine, ResponsiveContainer, YAxis } from "recharts";

export function Sparkline({ values, threshold, color }: { values: Array<number | null>; threshold: number; color: string }) {
  const data = values.map((v, i) => ({ i, v }));
  const max = Math.max(threshold, ...values.filter((v): v is number => v !== null)) * 1.15 || 1;
  return (
    <div className="h-10 w-40">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 2, right: 2, bottom: 2, left: 2 }}>
          <YAxis hide domain={[0, max]} />
          <ReferenceLine y={threshold} stroke="var(--c-dropout)" strokeDasharray="3 3" />
          <Line type="linear" dataKey="v" stroke={color} dot={{ r: 1.5, fill: color }} strokeWidth={1.5} isAnimationActive={false} connectNulls={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
