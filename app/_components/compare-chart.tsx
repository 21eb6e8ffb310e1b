"use client";
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { CompareChartRow } from "@/lib/views/compare-view";
import { formatMultiplier, logDomain } from "@/lib/views/chart-scale";
import { paperColor } from "@/lib/views/hardware-colors";


type Props = {
  rows: CompareChartRow[];
  papers: { id: string; title: string }[];
  /** Per kind, how the compared claims differ (lib/views/comparability.ts): the axis marks them with ⚠. */
  warnings?: Record<string, string[]>;
};

export default function CompareChart({ rows, papers, warnings = {} }: Props) {
  const data = rows.map((r) => ({ kind: warnings[r.kind] ? `⚠ ${r.kind}` : r.kind, ...r.values }));
  const scale = logDomain(rows.flatMap((r) => Object.values(r.values)));
  const short = (t: string) => (t.length > 28 ? `${t.slice(0, 27)}…` : t);
  // Only papers with at least one bar get a series, so the legend never names a paper it does not draw.
  const drawn = papers.map((p, i) => ({ ...p, color: paperColor(i) })).filter((p) => rows.some((r) => r.values[p.id] !== undefined));
  return (
    <ResponsiveContainer width="100%" height={340}>
      <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid vertical={false} />
        <XAxis dataKey="kind" />
        <YAxis
          scale="log"
          domain={scale.domain}
          ticks={scale.ticks}
          allowDataOverflow
          width={64}
          tickFormatter={formatMultiplier}
          label={{ value: "best claimed × (log)", angle: -90, position: "insideLeft", style: { textAnchor: "middle" } }}
        />
        <ReferenceLine y={1} stroke="currentColor" strokeDasharray="4 3" />
        <Tooltip
          formatter={(v) => formatMultiplier(Number(v))}
          wrapperStyle={{ maxWidth: "min(320px, 85vw)", zIndex: 2 }}
          contentStyle={{ whiteSpace: "normal" }}
          labelFormatter={(label) => {
            const kind = String(label).replace(/^⚠ /, "");
            return warnings[kind] ? `${kind} — not alike: ${warnings[kind].join("; ")}` : kind;
          }}
        />
        <Legend formatter={(id: string) => short(papers.find((p) => p.id === id)?.title ?? id)} />
        {drawn.map((p) => (
          <Bar key={p.id} dataKey={p.id} name={p.id} fill={p.color} isAnimationActive={false}>
            <LabelList dataKey={p.id} position="top" fontSize={10} formatter={(v: unknown) => (typeof v === "number" ? formatMultiplier(v) : "")} />
          </Bar>
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
