import { chartKind } from "@/lib/views/chart-data";
import { CLAIM_KINDS } from "@/lib/schema";
import { CHART_TYPES, hrefFor, SCALES, type ViewState } from "@/lib/views/url-state";

const CHART_LABELS: Record<(typeof CHART_TYPES)[number], string> = {
  bars: "Side by side",
  tradeoff: "Trade-off",
  distribution: "Distribution",
};

function Choice({ href, current, label, testId }: { href: string; current: boolean; label: string; testId: string }) {
  return (
    <li>
      <a href={href} className="chip" aria-current={current ? "true" : undefined} data-testid={testId}>
        {label}
      </a>
    </li>
  );
}

/** Chart type, scale and charted kind are links too: each is part of the shareable view. */
export default function ChartControls({ state }: { state: ViewState }) {
  const kind = chartKind(state);
  return (
    <div className="toolbar" aria-label="Chart options">
      <ul className="chips" aria-label="Chart">
        {CHART_TYPES.map((type) => (
          <Choice key={type} href={hrefFor("/", { ...state, chart: type })} current={state.chart === type} label={CHART_LABELS[type]} testId={`chart-${type}`} />
        ))}
      </ul>
      {/* Accuracy changes are signed points: a log scale does not apply. */}
      {state.chart === "tradeoff" || kind !== "accuracy" ? (
        <ul className="chips" aria-label="Scale">
          {SCALES.map((scale) => (
            <Choice key={scale} href={hrefFor("/", { ...state, scale })} current={state.scale === scale} label={scale === "log" ? "Log scale" : "Linear scale"} testId={`scale-${scale}`} />
          ))}
        </ul>
      ) : null}
      {state.chart === "tradeoff" ? (
        <ul className="chips" aria-label="Trade-off axis">
          {(["speedup", "memory"] as const).map((k) => (
            <Choice key={k} href={hrefFor("/", { ...state, kind: [k], page: 1 })} current={kind === k || (k === "speedup" && kind !== "memory")} label={`${k} vs accuracy`} testId={`tradeoff-${k}`} />
          ))}
        </ul>
      ) : (
        <ul className="chips" aria-label="Charted kind">
          {CLAIM_KINDS.map((k) => (
            <Choice key={k} href={hrefFor("/", { ...state, kind: [k], page: 1 })} current={kind === k && state.kind.length <= 1} label={k} testId={`chart-kind-${k}`} />
          ))}
        </ul>
      )}
    </div>
  );
}
