import { QUALIFIERS } from "../schema";
import { URL_FIELDS, type ListFieldName, type ViewState } from "./url-state";

/** Edits of a view that links and forms make: each returns the next state, never mutates. */

/** New state with one list value toggled; any filter change returns to the first page. */
export function toggleListValue<K extends ListFieldName>(state: ViewState, name: K, value: string): ViewState {
  const current = state[name] as string[];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...state, [name]: next, page: name === "papers" ? state.page : 1 };
}

/**
 * Qualifier chips read as "shown / hidden" (hide "up to" figures), while the URL
 * keeps one meaning for every list: the values included; empty means all.
 */
export function toggleVisibleQualifier(state: ViewState, qualifier: (typeof QUALIFIERS)[number]): ViewState {
  const visible = state.qual.length > 0 ? state.qual : [...QUALIFIERS];
  const next = visible.includes(qualifier) ? visible.filter((q) => q !== qualifier) : [...visible, qualifier];
  if (next.length === 0) return state; // hiding every qualifier would hide everything: keep the view
  return { ...state, qual: next.length === QUALIFIERS.length ? [] : next, page: 1 };
}

export const NO_FILTERS = "all claims";

/** Human summary of the active filters, for export footnotes. */
export function describeFilters(state: ViewState): string {
  const parts: string[] = [];
  const lists: [ListFieldName, string][] = [
    ["hw", "hardware"],
    ["kind", "kind"],
    ["device", "device"],
    ["tech", "technique"],
    ["model", "model"],
    ["phase", "phase"],
    ["qual", "qualifier"],
  ];
  for (const [name, label] of lists) {
    if (state[name].length > 0) parts.push(`${label}: ${state[name].join(", ")}`);
  }
  if (state.min !== null) parts.push(`value ≥ ${state.min}`);
  if (state.max !== null) parts.push(`value ≤ ${state.max}`);
  if (state.q) parts.push(`search: "${state.q}"`);
  if (state.reviewed) parts.push("reviewed claims only");
  if (state.typical) parts.push("typical figures only");
  return parts.length === 0 ? NO_FILTERS : parts.join("; ");
}

/** The search form's fields replace q, min and max; the rest of the view stays, back on page 1. */
export function applySearchFields(state: ViewState, fields: { q: string; min: string; max: string }): ViewState {
  const min = URL_FIELDS.min.parse(fields.min).value;
  let max = URL_FIELDS.max.parse(fields.max).value;
  if (min !== null && max !== null && max < min) max = null;
  return { ...state, q: URL_FIELDS.q.parse(fields.q).value, min, max, page: 1 };
}
