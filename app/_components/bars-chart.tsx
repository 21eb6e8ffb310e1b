"use client";
import { useState } from "react";
import { Bar, BarChart, CartesianGrid, LabelList, Rectangle, ReferenceArea, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis, type YAxisTickContentProps } from "recharts";
import type { BarDatum, BarsData } from "@/lib/views/chart-data";
import { formatMultiplier, logDomain } from "@/lib/views/chart-scale";
import { HARDWARE_COLORS } from "@/lib/views/hardware-colors";
import { clampToAxis, clippedAxis } from "@/lib/views/axis-clip";
import { barsChartHeight } from "@/lib/views/chart-height";
import { useClaimEvidence } from "./use-claim-evidence";
import { useNarrow } from "./use-narrow";

const KIND_AXIS: Record<string, string> = {
  speedup: "speedup",
  memory: "memory reduction",
  energy: "energy efficiency",
  compute: "compute reduction",
  cost: "cost reduction",
  accuracy: "accuracy change",
};

function valueText(d: Pick<BarDatum, "min" | "value" | "unit">): string {
  const n = (v: number) => String(Number(v.toPrecision(3))).replace("-", "−");
  if (d.unit === "×") return d.min !== undefined ? `${n(d.min)}–${n(d.value)}×` : `${n(d.value)}×`;
  // Signed changes: a range reads "−0.3 to +0.4 pp", never with a dash that looks like a minus.
  const signed = (v: number) => `${v > 0 ? "+" : ""}${n(v)}`;
  return `${d.min !== undefined ? `${signed(d.min)} to ` : ""}${signed(d.value)} ${d.unit}`;
}

function BarTooltip({ active, payload, titles }: { active?: boolean; payload?: { payload?: BarDatum }[]; titles: Map<string, string> }) {
  const d = payload?.[0]?.payload;
  const evidence = useClaimEvidence(active ? d?.id : undefined);
  if (!active || !d) return null;
  return (
    <div className="chart-tooltip">
      <p>
        <strong>{valueText(d)}</strong> · {d.qualifier.replace("_", " ")} · {d.hw}
        {d.device ? ` (${d.device})` : ""}
      </p>
      <p className="small">{d.conversion}</p>
      {d.baseline ? <p>vs {d.baseline}</p> : null}
      {d.status ? <p className="badge">{d.status === "corrected" ? "corrected by a reviewer" : "added by a reviewer"}</p> : null}
      <p className="muted">{evidence ? `“${evidence.sentence}”` : "…"}</p>
      <p className="small">{titles.get(d.id)}</p>
    </div>
  );
}

export default function BarsChart({ data }: { data: BarsData }) {
  const narrow = useNarrow();
  // A tapped axis label shows the paper's full title below the chart (phones cut labels short).
  const [tapped, setTapped] = useState<string | null>(null);
  const multiplier = data.kind !== "accuracy";
  const byId = new Map(data.bars.map((b) => [b.id, b]));
  // Alternate paper groups get a faint band, so a paper's bars read as one group.
  const groups: { first: string; last: string }[] = [];
  // The full title rides on a group's first bar only; every bar of the group shows it in its tooltip.
  const titles = new Map<string, string>();
  let title = "";
  for (const bar of data.bars) {
    const current = groups[groups.length - 1];
    if (bar.groupLabel || !current) groups.push({ first: bar.id, last: bar.id });
    else current.last = bar.id;
    if (bar.groupLabel) title = bar.paperTitle ?? bar.groupLabel;
    titles.set(bar.id, title);
  }
  const log = data.log;
  const reference = multiplier ? 1 : 0;
  const scale = log ? logDomain(data.bars.flatMap((b) => b.span)) : null;
  // A linear axis clips far outliers (drawn to the edge, ▸ and their true value as label).
  const linear = log ? null : clippedAxis(data.bars.flatMap((b) => b.span), reference);
  const bars = linear ? data.bars.map((b) => ({ ...b, span: b.span.map((v) => clampToAxis(v, linear)) as [number, number] })) : data.bars;
  const labelWidth = narrow ? 112 : 240;
  // One line per label, cut to what fits the axis: Recharts would otherwise wrap long titles into neighbours.
  const maxChars = narrow ? 14 : 34;
  const truncate = (s: string) => (s.length > maxChars ? `${s.slice(0, maxChars - 1)}…` : s);
  const axisLabel = `${KIND_AXIS[data.kind]} (${data.unit}${log ? ", log scale" : ""}${linear?.clipped ? "; ▸ beyond the axis" : ""})`;
  const label = (d: BarDatum) => {
    const beyond = linear && (d.value > linear.domain[1] || d.value < linear.domain[0]) ? "▸ " : "";
    return `${beyond}${valueText(d)}`;
  };
  const tappedBar = tapped ? byId.get(tapped) : undefined;
  return (
    <>
      <ResponsiveContainer width="100%" height={barsChartHeight(data.bars.length)}>
        <BarChart data={bars} layout="vertical" margin={{ top: 12, right: narrow ? 56 : 72, bottom: 28, left: 4 }} barCategoryGap={3}>
          <CartesianGrid horizontal={false} />
          {groups.map((g, i) =>
            i % 2 === 1 ? <ReferenceArea key={g.first} y1={g.first} y2={g.last} fill="currentColor" fillOpacity={0.06} strokeOpacity={0} ifOverflow="visible" /> : null,
          )}
          <XAxis
            type="number"
            scale={log ? "log" : "linear"}
            domain={scale ? scale.domain : linear!.domain}
            ticks={scale?.ticks ?? linear?.ticks}
            tickCount={narrow ? 4 : 6}
            allowDataOverflow
            tickFormatter={(v: number) => (multiplier ? formatMultiplier(v) : `${Number(v.toPrecision(3))}`)}
            label={{ value: axisLabel, position: "insideBottom", offset: -16 }}
          />
          <YAxis
            type="category"
            dataKey="id"
            width={labelWidth}
            interval={0}
            tickLine={false}
            tick={(props: YAxisTickContentProps) => {
              const id = String(props.payload?.value);
              const bar = byId.get(id);
              return (
                <text
                  x={Number(props.x) - 4}
                  y={Number(props.y)}
                  dy={4}
                  textAnchor="end"
                  fontSize={11}
                  className="recharts-cartesian-axis-tick-value"
                  onClick={() => setTapped(bar?.groupLabel ? id : null)}
                  style={bar?.groupLabel ? { cursor: "pointer" } : undefined}
                >
                  {truncate(bar?.groupLabel ?? "")}
                  {bar?.groupLabel ? <title>{bar.paperTitle}</title> : null}
                </text>
              );
            }}
          />
          <ReferenceLine x={reference} stroke="currentColor" strokeDasharray="4 3" />
          <Tooltip content={<BarTooltip titles={titles} />} cursor={{ fillOpacity: 0.08 }} />
          <Bar
            dataKey="span"
            isAnimationActive={false}
            shape={(props: any) => (
              <Rectangle {...props} fill={HARDWARE_COLORS[props.payload.hw as keyof typeof HARDWARE_COLORS]} fillOpacity={props.payload.min !== undefined ? 0.55 : 1} />
            )}
          >
            <LabelList dataKey={(d: BarDatum) => label(d)} position="right" fontSize={10} className="bar-value-label" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
      <p className="small chart-label-full" aria-live="polite" data-testid="tapped-label">
        {tappedBar ? tappedBar.paperTitle : narrow ? "Tap a paper's label to read its full title." : null}
      </p>
    </>
  );
}
