"use client";
import { Bar, BarChart, CartesianGrid, Rectangle, ReferenceArea, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis, type YAxisTickContentProps } from "recharts";
import type { BarDatum, BarsData } from "@/lib/chart-data";
import { formatMultiplier, logDomain } from "@/lib/chart-scale";
import { HARDWARE_COLORS } from "@/lib/hardware-colors";
import { useNarrow } from "./use-narrow";

const KIND_AXIS: Record<string, string> = {
  speedup: "speedup",
  memory: "memory reduction",
  energy: "energy efficiency",
  compute: "compute reduction",
  cost: "cost reduction",
  accuracy: "accuracy change",
};

function BarTooltip({ active, payload }: { active?: boolean; payload?: { payload?: BarDatum }[] }) {
  const d = payload?.[0]?.payload;
  if (!active || !d) return null;
  const value = d.min !== undefined ? `${d.min}–${d.value}${d.unit}` : `${d.value}${d.unit === "×" ? "×" : ` ${d.unit}`}`;
  return (
    <div className="chart-tooltip">
      <p>
        <strong>{value}</strong> · {d.qualifier.replace("_", " ")} · {d.hw}
        {d.device ? ` (${d.device})` : ""}
      </p>
      <p className="small">{d.conversion}</p>
      {d.baseline ? <p>vs {d.baseline}</p> : null}
      {d.status ? <p className="badge">{d.status === "corrected" ? "corrected by a reviewer" : "added by a reviewer"}</p> : null}
      <p className="muted">“{d.sentence}”</p>
      <p className="small">{d.paperTitle}</p>
    </div>
  );
}

export default function BarsChart({ data }: { data: BarsData }) {
  const narrow = useNarrow();
  const multiplier = data.kind !== "accuracy";
  const labels = new Map(data.bars.map((b) => [b.id, b.groupLabel]));
  // Alternate paper groups get a faint band, so a paper's bars read as one group.
  const groups: { first: string; last: string }[] = [];
  for (const bar of data.bars) {
    const current = groups[groups.length - 1];
    if (bar.groupLabel || !current) groups.push({ first: bar.id, last: bar.id });
    else current.last = bar.id;
  }
  const log = data.log;
  const scale = log ? logDomain(data.bars.flatMap((b) => b.span)) : null;
  const labelWidth = narrow ? 104 : 240;
  // One line per label, cut to what fits the axis: Recharts would otherwise wrap long titles into neighbours.
  const maxChars = narrow ? 14 : 34;
  const truncate = (s: string) => (s.length > maxChars ? `${s.slice(0, maxChars - 1)}…` : s);
  const axisLabel = `${KIND_AXIS[data.kind]} (${data.unit}${log ? ", log scale" : ""})`;
  return (
    <ResponsiveContainer width="100%" height={Math.max(200, data.bars.length * 22 + 70)}>
      <BarChart data={data.bars} layout="vertical" margin={{ top: 20, right: 20, bottom: 28, left: 4 }} barCategoryGap={3}>
        <CartesianGrid horizontal={false} />
        {groups.map((g, i) =>
          i % 2 === 1 ? <ReferenceArea key={g.first} y1={g.first} y2={g.last} fill="currentColor" fillOpacity={0.06} strokeOpacity={0} ifOverflow="visible" /> : null,
        )}
        <XAxis
          type="number"
          scale={log ? "log" : "linear"}
          domain={scale ? scale.domain : ["auto", "auto"]}
          ticks={scale?.ticks}
          allowDataOverflow={log}
          tickFormatter={(v: number) => (multiplier ? formatMultiplier(v) : `${v}`)}
          label={{ value: axisLabel, position: "insideBottom", offset: -16 }}
        />
        <YAxis
          type="category"
          dataKey="id"
          width={labelWidth}
          interval={0}
          tickLine={false}
          tick={(props: YAxisTickContentProps) => (
            <text x={Number(props.x) - 4} y={Number(props.y)} dy={4} textAnchor="end" fontSize={11} className="recharts-cartesian-axis-tick-value">
              {truncate(labels.get(String(props.payload?.value)) ?? "")}
            </text>
          )}
        />
        <ReferenceLine x={multiplier ? 1 : 0} stroke="currentColor" strokeDasharray="4 3" label={{ value: multiplier ? "1×" : "0", position: "top", fontSize: 11 }} />
        <Tooltip content={<BarTooltip />} cursor={{ fillOpacity: 0.08 }} />
        <Bar
          dataKey="span"
          isAnimationActive={false}
          shape={(props: any) => (
            <Rectangle {...props} fill={HARDWARE_COLORS[props.payload.hw as keyof typeof HARDWARE_COLORS]} fillOpacity={props.payload.min !== undefined ? 0.55 : 1} />
          )}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}
