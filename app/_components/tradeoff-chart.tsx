"use client";
import { CartesianGrid, ReferenceLine, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import type { TradeoffData, TradeoffPoint } from "@/lib/views/chart-data";
import { formatMultiplier, logDomain } from "@/lib/views/chart-scale";
import { SCATTER_HEIGHT } from "@/lib/views/chart-height";
import { clampToAxis, clippedAxis } from "@/lib/views/axis-clip";
import { HARDWARE_COLORS } from "@/lib/views/hardware-colors";

function PointTooltip({ active, payload }: { active?: boolean; payload?: { payload?: TradeoffPoint & { trueY?: number } }[] }) {
  const p = payload?.[0]?.payload;
  if (!active || !p) return null;
  return (
    <div className="chart-tooltip">
      <p>
        <strong>{p.title}</strong>
      </p>
      <p>
        {formatMultiplier(p.x)} · {(p.trueY ?? p.y) > 0 ? "+" : ""}
        {p.trueY ?? p.y} pp · {p.hw}
        {p.pareto ? " · on the Pareto frontier" : ""}
      </p>
    </div>
  );
}

export default function TradeoffChart({ data, log, width }: { data: TradeoffData; log: boolean; width: number }) {
  const scale = log ? logDomain(data.points.map((p) => p.x)) : null;
  // Accuracy changes clip far outliers to the axis edge (hollow, true value in the tooltip).
  const yAxis = clippedAxis(data.points.map((p) => p.y), 0);
  const points = data.points.map((p) => ({ ...p, y: clampToAxis(p.y, yAxis), trueY: p.y, beyond: clampToAxis(p.y, yAxis) !== p.y }));
  const frontier = points.filter((p) => p.pareto).sort((a, b) => a.x - b.x);
  const xLabel = `${data.xKind === "memory" ? "memory reduction" : "speedup"} (×${log ? ", log scale" : ""})`;
  return (
    <ScatterChart width={width} height={SCATTER_HEIGHT} margin={{ top: 12, right: 20, bottom: 30, left: 8 }}>
      <CartesianGrid />
      <XAxis
        type="number"
        dataKey="x"
        scale={log ? "log" : "linear"}
        domain={scale ? scale.domain : ["auto", "auto"]}
        ticks={scale?.ticks}
        allowDataOverflow={log}
        tickFormatter={formatMultiplier}
        label={{ value: xLabel, position: "insideBottom", offset: -18 }}
      />
      <YAxis
        type="number"
        dataKey="y"
        width={78}
        domain={yAxis.domain}
        ticks={yAxis.ticks}
        allowDataOverflow
        tickFormatter={(v: number) => `${v} pp`}
        label={{ value: `accuracy change (pp${yAxis.clipped ? "; hollow: beyond" : ""})`, angle: -90, position: "insideLeft", offset: 0, style: { textAnchor: "middle" } }}
      />
      <ReferenceLine y={0} stroke="currentColor" strokeDasharray="4 3" />
      <ReferenceLine x={1} stroke="currentColor" strokeDasharray="4 3" />
      <Tooltip content={<PointTooltip />} />
      <Scatter
        data={points}
        isAnimationActive={false}
        shape={(props: any) => {
          const color = HARDWARE_COLORS[props.payload.hw as keyof typeof HARDWARE_COLORS];
          return (
            <circle
              cx={props.cx}
              cy={props.cy}
              r={props.payload.pareto ? 6 : 4}
              fill={props.payload.beyond ? "none" : color}
              stroke={props.payload.beyond ? color : props.payload.pareto ? "currentColor" : "none"}
              strokeWidth={props.payload.beyond ? 2 : 1.5}
              fillOpacity={0.85}
            />
          );
        }}
      />
      <Scatter data={frontier} line={{ stroke: "currentColor", strokeWidth: 1.5, strokeDasharray: "6 3" }} shape={() => <g />} isAnimationActive={false} legendType="none" />
    </ScatterChart>
      );
}
