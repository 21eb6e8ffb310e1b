import Link from "next/link";
import { HARDWARE_COLORS } from "@/lib/views/hardware-colors";
import { QUALIFIER_LABELS } from "@/lib/views/format-claim";
import type { DatasetIndex } from "@/lib/dataset/dataset-index";
import type { FacetCounts, FacetField } from "@/lib/views/query";
import { deviceGroups, hasReviewedClaims, topBaselines } from "@/lib/views/facet-groups";
import { CLAIM_KINDS, HARDWARE_CLASSES, MODEL_FAMILIES, PHASES, QUALIFIERS, TECHNIQUES, type HardwareClass } from "@/lib/schema";
import { hrefFor, type ViewState } from "@/lib/views/url-state";
import { toggleListValue, toggleVisibleQualifier } from "@/lib/views/view-edits";
import SearchForm from "./search-form";
import ViewToggles from "./view-toggles";

const MAX_DEVICES = 16;
const MAX_BASELINES = 12;

type ChipProps = { href: string; selected: boolean; label: string; count: number; facet: string; value: string; color?: string };

function Chip({ href, selected, label, count, facet, value, color }: ChipProps) {
  return (
    <li>
      <a
        href={href}
        className={`chip${count === 0 && !selected ? " zero" : ""}`}
        aria-current={selected ? "true" : undefined}
        data-facet={facet}
        data-value={value}
      >
        {color ? <span className="swatch" style={{ background: color }} aria-hidden="true" /> : null}
        {label}
        <span className="count">{count}</span>
        {selected ? <span className="visually-hidden"> (selected)</span> : null}
      </a>
    </li>
  );
}

function Facet({ title, field, values, state, facets, labels, level = 3 }: {
  title: string;
  level?: 3 | 4;
  field: Exclude<FacetField, "qual">;
  values: readonly string[];
  state: ViewState;
  facets: FacetCounts;
  labels?: Record<string, string>;
}) {
  const selected = (state[field] as string[]).map((v) => v.toLowerCase());
  const Heading = level === 3 ? "h3" : "h4";
  return (
    <div className="facet" role="group" aria-label={title}>
      <Heading>{title}</Heading>
      <ul className="chips">
        {values.map((value) => (
          <Chip
            key={value}
            href={hrefFor("/", toggleListValue(state, field, value))}
            selected={selected.includes(value.toLowerCase())}
            label={labels?.[value] ?? value}
            count={facets[field].get(value) ?? 0}
            facet={field}
            value={value}
            color={field === "hw" ? HARDWARE_COLORS[value as HardwareClass] : undefined}
          />
        ))}
      </ul>
    </div>
  );
}

/** Server-rendered filter links: a filter change is a navigation, so the server renders the table. */
export default function FilterPanel({ state, facets, index }: { state: ViewState; facets: FacetCounts; index: DatasetIndex }) {
  const groups = deviceGroups(index, facets.device, state.device, MAX_DEVICES);
  const baselines = topBaselines(facets.vs, state.vs, MAX_BASELINES);
  const visibleQualifiers = state.qual.length > 0 ? state.qual : QUALIFIERS;
  return (
    <aside className="filters" aria-label="Filters">
      <h2 className="visually-hidden">Filters</h2>
      <SearchForm key={`${state.q}|${state.min}|${state.max}`} state={state} />
      <Facet title="Hardware class" field="hw" values={HARDWARE_CLASSES} state={state} facets={facets} />
      <Facet title="Kind" field="kind" values={CLAIM_KINDS} state={state} facets={facets} />
      <ViewToggles state={state} reviewedAvailable={hasReviewedClaims(index)} />
      <details open={state.qual.length > 0 || undefined}>
        <summary>Qualifier (show/hide)</summary>
        <div className="facet" role="group" aria-label="Qualifiers shown">
          <ul className="chips">
            {QUALIFIERS.map((q) => (
              <Chip
                key={q}
                href={hrefFor("/", toggleVisibleQualifier(state, q))}
                selected={visibleQualifiers.includes(q)}
                label={QUALIFIER_LABELS[q]}
                count={facets.qual.get(q) ?? 0}
                facet="qual"
                value={q}
              />
            ))}
          </ul>
        </div>
      </details>
      <details open={state.device.length > 0 || undefined}>
        <summary>Device</summary>
        {groups.length === 0 ? (
          <p className="muted small">No devices named under these filters.</p>
        ) : (
          groups.map((g) => <Facet key={g.hw} title={`${g.hw} devices`} field="device" values={g.devices} state={state} facets={facets} level={4} />)
        )}
      </details>
      <details open={state.vs.length > 0 || undefined}>
        <summary>Versus (baseline)</summary>
        {baselines.length === 0 ? (
          <p className="muted small">No baselines named under these filters.</p>
        ) : (
          <Facet title="Versus" field="vs" values={baselines} state={state} facets={facets} />
        )}
        <p className="small">
          <Link href={hrefFor("/versus", { vs: state.vs.slice(0, 1) })} prefetch={false}>
            Every claim against one baseline →
          </Link>
        </p>
      </details>
      <details open={state.tech.length > 0 || undefined}>
        <summary>Technique</summary>
        <Facet title="Technique" field="tech" values={TECHNIQUES} state={state} facets={facets} />
      </details>
      <details open={state.model.length > 0 || state.phase.length > 0 || undefined}>
        <summary>Model family and phase</summary>
        <Facet title="Model family" field="model" values={MODEL_FAMILIES} state={state} facets={facets} />
        <Facet title="Phase" field="phase" values={PHASES} state={state} facets={facets} />
      </details>
    </aside>
  );
}
