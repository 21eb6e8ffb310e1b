import type { PreviewModel } from "@/lib/views/link-preview";
import { PREVIEW_SIZE } from "@/lib/views/link-preview";

/*
 * The preview image's markup, for next/og (Satori: flexbox and absolute positions only,
 * every element with more than one child says display:flex). No emoji and no rare
 * glyphs: the bundled font must cover every character, or Satori would fetch one.
 */

const PLOT = { left: 300, width: 820, top: 150, height: 380 };
const INK = "#1d2330";
const MUTED = "#5b6475";
const WARNING = "#8a4b00";

function position(value: number, axis: PreviewModel["axis"]): number {
  const [lo, hi] = axis.domain;
  const clamp = (t: number) => Math.max(0, Math.min(1, t));
  if (axis.log) return clamp((Math.log10(Math.max(value, lo)) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo) || 1));
  return clamp((value - lo) / (hi - lo || 1));
}

function tickLabel(value: number, unit: string): string {
  const n = Math.abs(value) >= 1000 ? `${Math.round(value / 100) / 10}k` : String(Number(value.toPrecision(3)));
  return unit === "×" ? `${n}x` : n;
}

function Bars({ model }: { model: PreviewModel }) {
  const rowHeight = Math.min(40, PLOT.height / Math.max(1, model.bars.length));
  const x = (v: number) => position(v, model.axis) * PLOT.width;
  return (
    <div style={{ display: "flex", position: "absolute", left: 0, top: PLOT.top, width: PREVIEW_SIZE.width, height: PLOT.height }}>
      {model.axis.ticks.map((t) => (
        <div key={`t${t}`} style={{ display: "flex", position: "absolute", left: PLOT.left + x(t), top: 0, width: 1, height: PLOT.height, background: "#d9dde5" }} />
      ))}
      {model.bars.map((bar, i) => {
        const from = Math.min(x(bar.from), x(bar.to));
        const width = Math.max(3, Math.abs(x(bar.to) - x(bar.from)));
        const top = i * rowHeight;
        return (
          <div key={`b${i}`} style={{ display: "flex", position: "absolute", left: 0, top, width: PREVIEW_SIZE.width, height: rowHeight }}>
            <div style={{ display: "flex", position: "absolute", left: 40, width: PLOT.left - 52, top: 0, height: rowHeight, alignItems: "center", justifyContent: "flex-end", fontSize: Math.min(18, rowHeight * 0.6), color: INK, whiteSpace: "nowrap" }}>
              {bar.label}
            </div>
            <div style={{ display: "flex", position: "absolute", left: PLOT.left + from, top: rowHeight * 0.2, width, height: rowHeight * 0.6, background: bar.color, opacity: bar.box ? 0.35 : 1, borderRadius: 3 }} />
            {bar.box ? null : (
              <div style={{ display: "flex", position: "absolute", left: PLOT.left + from + width + 8, top: 0, height: rowHeight, alignItems: "center", fontSize: Math.min(16, rowHeight * 0.5), color: MUTED }}>
                {tickLabel(bar.to, model.axis.unit)}
              </div>
            )}
            {bar.box ? (
              <div style={{ display: "flex", position: "absolute", left: PLOT.left + x(bar.box[0]), top: rowHeight * 0.1, width: Math.max(3, x(bar.box[1]) - x(bar.box[0])), height: rowHeight * 0.8, background: bar.color, borderRadius: 3 }} />
            ) : null}
            {bar.mid !== undefined ? (
              <div style={{ display: "flex", position: "absolute", left: PLOT.left + x(bar.mid) - 2, top: 0, width: 4, height: rowHeight, background: INK }} />
            ) : null}
          </div>
        );
      })}
    </div>
  );
}

function Points({ model }: { model: PreviewModel }) {
  const ys = model.points.map((p) => p.y);
  const lo = Math.min(-1, ...ys);
  const hi = Math.max(1, ...ys);
  return (
    <div style={{ display: "flex", position: "absolute", left: PLOT.left, top: PLOT.top, width: PLOT.width, height: PLOT.height, borderLeft: `1px solid ${MUTED}`, borderBottom: `1px solid ${MUTED}` }}>
      {model.points.map((p, i) => (
        <div
          key={`p${i}`}
          style={{
            display: "flex",
            position: "absolute",
            left: position(p.x, model.axis) * PLOT.width - 7,
            top: (1 - (p.y - lo) / (hi - lo)) * PLOT.height - 7,
            width: 14,
            height: 14,
            borderRadius: 7,
            background: p.color,
            border: p.ring ? `3px solid ${INK}` : "none",
          }}
        />
      ))}
    </div>
  );
}

export default function PreviewImage({ model }: { model: PreviewModel }) {
  return (
    <div style={{ display: "flex", flexDirection: "column", width: "100%", height: "100%", background: "#ffffff", color: INK, position: "relative", fontSize: 20 }}>
      <div style={{ display: "flex", flexDirection: "column", padding: "28px 40px 0" }}>
        <div style={{ display: "flex", fontSize: 20, color: MUTED }}>Claimscope</div>
        <div style={{ display: "flex", fontSize: 38, fontWeight: 700, lineHeight: 1.2, whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis", maxWidth: 1120 }}>{model.title}</div>
        {model.legend.length > 0 ? (
          <div style={{ display: "flex", fontSize: 20, color: INK, marginTop: 6, gap: 24 }}>
            {model.legend.map((l, i) => (
              <div key={`k${i}`} style={{ display: "flex", alignItems: "center", gap: 8 }}>
                <div style={{ display: "flex", width: 16, height: 16, background: l.color, borderRadius: 3 }} />
                {l.label}
              </div>
            ))}
          </div>
        ) : (
          <div style={{ display: "flex", fontSize: 20, color: MUTED, marginTop: 4, whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis", maxWidth: 1120 }}>{model.filters}</div>
        )}
      </div>
      {model.points.length > 0 ? <Points model={model} /> : model.bars.length > 0 ? <Bars model={model} /> : (
        <div style={{ display: "flex", position: "absolute", left: 40, top: PLOT.top + 40, fontSize: 28, color: MUTED }}>No claims to draw in this view.</div>
      )}
      {model.warnings.length > 0 ? (
        <div style={{ display: "flex", flexDirection: "column", position: "absolute", left: 40, right: 40, bottom: 50, fontSize: 17, color: WARNING, whiteSpace: "nowrap" }}>
          {model.warnings.map((w, i) => (
            <div key={`w${i}`} style={{ display: "flex" }}>{`! ${w}`}</div>
          ))}
        </div>
      ) : null}
      <div style={{ display: "flex", position: "absolute", left: 40, right: 40, bottom: 24, justifyContent: "space-between", fontSize: 18, color: MUTED }}>
        <div style={{ display: "flex" }}>{model.caption}</div>
        <div style={{ display: "flex" }}>{`data ${model.version}`}</div>
      </div>
      {model.points.length > 0 ? (
        <div style={{ display: "flex", position: "absolute", left: 40, top: PLOT.top, width: PLOT.left - 52, height: PLOT.height, flexDirection: "column", justifyContent: "space-between", alignItems: "flex-end", fontSize: 16, color: MUTED }}>
          <div style={{ display: "flex" }}>{`${Number(Math.max(1, ...model.points.map((p) => p.y)).toPrecision(3))} pp`}</div>
          <div style={{ display: "flex" }}>accuracy change</div>
          <div style={{ display: "flex" }}>{`${Number(Math.min(-1, ...model.points.map((p) => p.y)).toPrecision(3))} pp`}</div>
        </div>
      ) : null}
      {model.bars.length > 0 || model.points.length > 0 ? (
        <div style={{ display: "flex", position: "absolute", left: 0, top: PLOT.top + PLOT.height + 4, width: PREVIEW_SIZE.width, height: 24 }}>
          {model.axis.ticks.map((t) => (
            <div key={`l${t}`} style={{ display: "flex", position: "absolute", left: PLOT.left + position(t, model.axis) * PLOT.width - 30, width: 60, justifyContent: "center", fontSize: 16, color: MUTED }}>
              {tickLabel(t, model.axis.unit)}
            </div>
          ))}
        </div>
      ) : null}
    </div>
  );
}
