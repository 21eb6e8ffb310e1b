"use client";
import { CartesianGrid, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import type { TradeoffData, TradeoffPoint } from "@/lib/chart-data";
import { formatMultiplier, logDomain } from "@/lib/chart-scale";
import { SCATTER_HEIGHT } from "@/lib/views/chart-height";
import { HARDWARE_COLORS } from "@/lib/hardware-colors";

function PointTooltip({ active, payload }: { active?: boolean; payload?: { payload?: TradeoffPoint }[] }) {
  const p = payload?.[0]?.payload;
  if (!active || !p) return null;
  return (
    <div className="chart-tooltip">
      <p>
        <strong>{p.title}</strong>
      </p>
      <p>
        {formatMultiplier(p.x)} · {p.y > 0 ? "+" : ""}
        {p.y} pp · {p.hw}
        {p.pareto ? " · on the Pareto frontier" : ""}
      </p>
    </div>
  );
}

export default function TradeoffChart({ data, log }: { data: TradeoffData; log: boolean }) {
  const scale = log ? logDomain(data.points.map((p) => p.x)) : null;
  const frontier = data.points.filter((p) => p.pareto).sort((a, b) => a.x - b.x);
  const xLabel = `${data.xKind === "memory" ? "memory reduction" : "speedup"} (×${log ? ", log scale" : ""})`;
  return (
    <ResponsiveContainer width="100%" height={SCATTER_HEIGHT}>
      <ScatterChart margin={{ top: 12, right: 20, bottom: 30, left: 8 }}>
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
          tickFormatter={(v: number) => `${v} pp`}
          label={{ value: "accuracy change (pp)", angle: -90, position: "insideLeft", offset: 0, style: { textAnchor: "middle" } }}
        />
        <ReferenceLine y={0} stroke="currentColor" strokeDasharray="4 3" />
        <ReferenceLine x={1} stroke="currentColor" strokeDasharray="4 3" />
        <Tooltip content={<PointTooltip />} />
        <Scatter
          data={data.points}
          isAnimationActive={false}
          shape={(props: any) => (
            <circle
              cx={props.cx}
              cy={props.cy}
              r={props.payload.pareto ? 6 : 4}
              fill={HARDWARE_COLORS[props.payload.hw as keyof typeof HARDWARE_COLORS]}
              stroke={props.payload.pareto ? "currentColor" : "none"}
              strokeWidth={1.5}
              fillOpacity={0.85}
            />
          )}
        />
        <Scatter data={frontier} line={{ stroke: "currentColor", strokeWidth: 1.5, strokeDasharray: "6 3" }} shape={() => <g />} isAnimationActive={false} legendType="none" />
      </ScatterChart>
    </ResponsiveContainer>
  );
}
