"use client";
import { useState } from "react";
import { Bar, BarChart, CartesianGrid, LabelList, Rectangle, ReferenceArea, ReferenceLine, Tooltip, XAxis, YAxis, type YAxisTickContentProps } from "recharts";
import type { BarDatum, BarsData } from "@/lib/views/chart-data";
import { HARDWARE_COLORS } from "@/lib/views/hardware-colors";
import { BAR_CATEGORY_GAP, BARS_FRAME, barLabelText, barsAxis, barsAxisTitle, barsTickText, barValueText, drawnSpan, paperGroups, truncateLabel } from "@/lib/views/bars-axis";
import { barsChartHeight } from "@/lib/views/chart-height";
import { useClaimEvidence } from "./use-claim-evidence";
import { useNarrow } from "./use-narrow";

function BarTooltip({ active, payload, titles }: { active?: boolean; payload?: { payload?: BarDatum }[]; titles: Map<string, string> }) {
  const d = payload?.[0]?.payload;
  const evidence = useClaimEvidence(active ? d?.id : undefined);
  if (!active || !d) return null;
  return (
    <div className="chart-tooltip">
      <p>
        <strong>{barValueText(d)}</strong> · {d.qualifier.replace("_", " ")} · {d.hw}
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

export default function BarsChart({ data, width }: { data: BarsData; width: number }) {
  const narrow = useNarrow();
  // A tapped axis label shows the paper's full title below the chart (phones cut labels short).
  const [tapped, setTapped] = useState<string | null>(null);
  const byId = new Map(data.bars.map((b) => [b.id, b]));
  const groups = paperGroups(data.bars);
  // The full title rides on a group's first bar only; every bar of the group shows it in its tooltip.
  const titles = new Map<string, string>();
  let title = "";
  for (const bar of data.bars) {
    if (bar.groupLabel) title = bar.paperTitle ?? bar.groupLabel;
    titles.set(bar.id, title);
  }
  const axis = barsAxis(data);
  const bars = axis.log ? data.bars : data.bars.map((b) => ({ ...b, span: drawnSpan(b, axis) }));
  const frame = narrow ? BARS_FRAME.narrow : BARS_FRAME.wide;
  const tappedBar = tapped ? byId.get(tapped) : undefined;
  return (
    <>
      <BarChart width={width} height={barsChartHeight(data.bars.length)} data={bars} layout="vertical" margin={{ top: BARS_FRAME.top, right: frame.right, bottom: BARS_FRAME.bottom, left: BARS_FRAME.left }} barCategoryGap={BAR_CATEGORY_GAP}>
        <CartesianGrid horizontal={false} />
        {groups.map((g, i) =>
          i % 2 === 1 ? <ReferenceArea key={g.first} y1={g.first} y2={g.last} fill="currentColor" fillOpacity={0.06} strokeOpacity={0} ifOverflow="visible" /> : null,
        )}
        <XAxis
          type="number"
          scale={axis.log ? "log" : "linear"}
          domain={axis.domain}
          ticks={axis.ticks}
          tickCount={narrow ? 4 : 6}
          allowDataOverflow
          tickFormatter={(v: number) => barsTickText(data, v)}
          label={{ value: barsAxisTitle(data, axis), position: "insideBottom", offset: -16 }}
        />
        <YAxis
          type="category"
          dataKey="id"
          width={frame.labelWidth}
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
                {truncateLabel(bar?.groupLabel ?? "", frame.maxChars)}
                {bar?.groupLabel ? <title>{bar.paperTitle}</title> : null}
              </text>
            );
          }}
        />
        <ReferenceLine x={axis.reference} stroke="currentColor" strokeDasharray="4 3" />
        <Tooltip content={<BarTooltip titles={titles} />} cursor={{ fillOpacity: 0.08 }} />
        <Bar
          dataKey="span"
          isAnimationActive={false}
          shape={(props: any) => (
            <Rectangle {...props} fill={HARDWARE_COLORS[props.payload.hw as keyof typeof HARDWARE_COLORS]} fillOpacity={props.payload.min !== undefined ? 0.55 : 1} />
          )}
        >
          <LabelList dataKey={(d: BarDatum) => barLabelText(d, axis)} position="right" fontSize={10} className="bar-value-label" />
        </Bar>
      </BarChart>
            <p className="small chart-label-full" aria-live="polite" data-testid="tapped-label">
        {tappedBar ? tappedBar.paperTitle : narrow ? "Tap a paper's label to read its full title." : null}
      </p>
    </>
  );
}
