"use client";
import { CartesianGrid, ReferenceArea, ReferenceLine, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import type { DistributionData, DistributionPoint } from "@/lib/views/chart-data";
import { formatMultiplier, logDomain } from "@/lib/views/chart-scale";
import { SCATTER_HEIGHT } from "@/lib/views/chart-height";
import { HARDWARE_COLORS, HARDWARE_ORDER as HARDWARE_CLASSES } from "@/lib/views/hardware-colors";
import { clampToAxis, clippedAxis } from "@/lib/views/axis-clip";
import { useNarrow } from "./use-narrow";

const HALF_BOX = 0.3;

export default function DistributionChart({ data, log, width }: { data: DistributionData; log: boolean; width: number }) {
  const narrow = useNarrow();
  const multiplier = data.kind !== "accuracy";
  const scale = log ? logDomain(data.boxes.flatMap((b) => [b.min, b.max])) : null;
  // Linear axes clip far outliers: they sit on the edge, drawn as hollow points.
  const linear = log ? null : clippedAxis(data.points.map((p) => p.y), multiplier ? 1 : 0);
  const points = linear ? data.points.map((p) => ({ ...p, y: clampToAxis(p.y, linear), beyond: p.y !== clampToAxis(p.y, linear), trueY: p.y })) : data.points.map((p) => ({ ...p, beyond: false, trueY: p.y }));
  const format = (v: number) => (multiplier ? formatMultiplier(v) : `${v} ${data.unit}`);
  const fit = (v: number) => (linear ? clampToAxis(v, linear) : v);
  const boxes = data.boxes.map((b) => ({ ...b, min: fit(b.min), max: fit(b.max), q1: fit(b.q1), q3: fit(b.q3), median: fit(b.median), slot: HARDWARE_CLASSES.indexOf(b.hw) }));
  const counts = new Map(data.boxes.map((b) => [b.hw, b.n]));
  return (
    <ScatterChart width={width} height={SCATTER_HEIGHT} margin={{ top: 12, right: 16, bottom: narrow ? 44 : 30, left: 8 }}>
      <CartesianGrid vertical={false} />
      <XAxis
        type="number"
        dataKey="x"
        domain={[-0.5, HARDWARE_CLASSES.length - 0.5]}
        ticks={HARDWARE_CLASSES.map((_, i) => i)}
        interval={0}
        // On a phone six "GPU (12)" labels do not fit on one line: the count goes on a second line.
        height={narrow ? 40 : 30}
        tick={(props: { x?: number | string; y?: number | string; payload?: { value?: number } }) => {
          const hw = HARDWARE_CLASSES[Number(props.payload?.value)];
          if (!hw) return <g />;
          const name = hw === "unspecified" ? (narrow ? "n/a" : "unspec.") : hw;
          const count = `(${counts.get(hw) ?? 0})`;
          return (
            <text x={Number(props.x)} y={Number(props.y)} dy={12} textAnchor="middle" fontSize={narrow ? 10 : 11} className="recharts-cartesian-axis-tick-value">
              {narrow ? (
                <>
                  <tspan x={Number(props.x)}>{name}</tspan>
                  <tspan x={Number(props.x)} dy={12}>
                    {count}
                  </tspan>
                </>
              ) : (
                `${name} ${count}`
              )}
            </text>
          );
        }}
        label={narrow ? undefined : { value: "hardware class (claims)", position: "insideBottom", offset: -18 }}
      />
      <YAxis
        type="number"
        dataKey="y"
        width={78}
        scale={log ? "log" : "linear"}
        domain={scale ? scale.domain : linear!.domain}
        ticks={scale?.ticks ?? linear?.ticks}
        allowDataOverflow
        tickFormatter={format}
        label={{ value: `${data.kind} (${data.unit}${log ? ", log" : ""}${linear?.clipped ? "; hollow: beyond" : ""})`, angle: -90, position: "insideLeft", offset: 0, style: { textAnchor: "middle" } }}
      />
      {multiplier ? <ReferenceLine y={1} stroke="currentColor" strokeDasharray="4 3" /> : <ReferenceLine y={0} stroke="currentColor" strokeDasharray="4 3" />}
      {boxes.map((b) => (
        <ReferenceArea key={`box-${b.hw}`} x1={b.slot - HALF_BOX} x2={b.slot + HALF_BOX} y1={b.q1} y2={b.q3} fill={HARDWARE_COLORS[b.hw]} fillOpacity={0.15} stroke={HARDWARE_COLORS[b.hw]} ifOverflow="hidden" />
      ))}
      {boxes.map((b) => (
        <ReferenceLine key={`median-${b.hw}`} segment={[{ x: b.slot - HALF_BOX, y: b.median }, { x: b.slot + HALF_BOX, y: b.median }]} stroke={HARDWARE_COLORS[b.hw]} strokeWidth={3} />
      ))}
      {boxes.map((b) => (
        <ReferenceLine key={`whisker-${b.hw}`} segment={[{ x: b.slot, y: b.min }, { x: b.slot, y: b.max }]} stroke={HARDWARE_COLORS[b.hw]} strokeOpacity={0.6} />
      ))}
      <Tooltip
        content={({ active, payload }: { active?: boolean; payload?: readonly { payload?: DistributionPoint & { trueY: number } }[] }) => {
          const p = payload?.[0]?.payload;
          return active && p ? (
            <div className="chart-tooltip">
              <p>
                <strong>{format(p.trueY)}</strong> · {p.hw}
              </p>
            </div>
          ) : null;
        }}
      />
      <Scatter
        data={points}
        isAnimationActive={false}
        shape={(props: any) => {
          const color = HARDWARE_COLORS[props.payload.hw as keyof typeof HARDWARE_COLORS];
          return props.payload.beyond ? (
            <circle cx={props.cx} cy={props.cy} r={4} fill="none" stroke={color} strokeWidth={2} />
          ) : (
            <circle cx={props.cx} cy={props.cy} r={3} fill={color} fillOpacity={0.75} />
          );
        }}
      />
    </ScatterChart>
      );
}
