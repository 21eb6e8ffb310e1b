import { CLAIM_KINDS, HARDWARE_CLASSES, MODEL_FAMILIES, PHASES, QUALIFIERS, TECHNIQUES } from "../schema";
import {
  enumField,
  enumItem,
  flagField,
  freeTextItem,
  listField,
  numberField,
  pageField,
  patternItem,
  sortField,
  textField,
  versionField,
  type Field,
} from "./url-fields";

/**
 * The one map of URL field → parser/serializer (STYLE.md, "nuqs / OWID grapher").
 * Pages, the API and client controls all read and write the URL through it, so
 * a view has exactly one canonical URL: defaults omitted, keys in this order,
 * list values de-duplicated and sorted, enum values in their canonical case,
 * lists tilde-joined (chat apps mangle `+`).
 *
 * Hand-written rather than on nuqs's server parsers: the notice of ignored values
 * needs every rejected piece of a list, which nuqs's parsers drop silently.
 */

export const CHART_TYPES = ["bars", "tradeoff", "distribution"] as const;
export const SCALES = ["log", "linear"] as const;
/** Table columns that can be sorted; a leading "-" in the URL means descending. */
export const SORT_KEYS = ["paper", "kind", "value", "hw", "device", "qual", "baseline"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type Sort = { key: SortKey; desc: boolean };

const PAPER_ID = /^[a-z0-9-]{1,120}$/;

/** Key order here is the canonical order of the query string. */
export const URL_FIELDS = {
  hw: listField(enumItem(HARDWARE_CLASSES), HARDWARE_CLASSES),
  kind: listField(enumItem(CLAIM_KINDS), CLAIM_KINDS),
  device: listField(freeTextItem),
  /** Versus: the baseline a claim is measured against (its canonical name when known). */
  vs: listField(freeTextItem),
  tech: listField(enumItem(TECHNIQUES), TECHNIQUES),
  model: listField(enumItem(MODEL_FAMILIES), MODEL_FAMILIES),
  phase: listField(enumItem(PHASES), PHASES),
  qual: listField(enumItem(QUALIFIERS), QUALIFIERS),
  /** Value range: in the unit of the one selected kind, so it needs exactly one kind. */
  min: numberField(),
  max: numberField(),
  q: textField(),
  /** Only claims a person reviewed (status corrected or added, issue #5). */
  reviewed: flagField(),
  /** Typical figures only: no "up to" claims, ranges drawn at their lower end. */
  typical: flagField(),
  papers: listField(patternItem(PAPER_ID)),
  chart: enumField(CHART_TYPES, "bars"),
  scale: enumField(SCALES, "log"),
  sort: sortField(SORT_KEYS, "paper"),
  page: pageField(),
  /** Dataset version the link was made on; an older one shows what changed since. */
  v: versionField(),
};

export type UrlFieldName = keyof typeof URL_FIELDS;
type FieldValue<F> = F extends Field<infer T> ? T : never;
export type ViewState = { [K in UrlFieldName]: FieldValue<(typeof URL_FIELDS)[K]> };
export type ListFieldName = { [K in UrlFieldName]: ViewState[K] extends string[] ? K : never }[UrlFieldName];

export const FIELD_NAMES = Object.keys(URL_FIELDS) as UrlFieldName[];

export const DEFAULT_STATE: ViewState = Object.fromEntries(
  FIELD_NAMES.map((name) => [name, URL_FIELDS[name].defaultValue]),
) as ViewState;

function isFieldName(key: string): key is UrlFieldName {
  return Object.hasOwn(URL_FIELDS, key);
}

/** Short, plain-text description of a dropped parameter for the notice (never markup). */
function describeIgnored(key: string, value?: string, why?: string): string {
  const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);
  const text = value === undefined ? clip(key) : `${clip(key)}=${clip(value)}`;
  return why ? `${text} (${why})` : text;
}

export const RANGE_NEEDS_ONE_KIND = "a value range needs exactly one kind: × and accuracy points are different units";

/** True when a min/max range can apply: one kind, so one unit. */
export function rangeApplies(state: Pick<ViewState, "kind">): boolean {
  return state.kind.length === 1;
}

export type ParsedUrlState = { state: ViewState; ignored: string[] };

/** URLSearchParams (or a Next searchParams object) → state plus what was ignored. */
export function parseUrlState(input: URLSearchParams | Record<string, string | string[] | undefined>): ParsedUrlState {
  const params = input instanceof URLSearchParams ? input : recordToParams(input);
  const state: Record<string, unknown> = { ...DEFAULT_STATE };
  const ignored: string[] = [];
  const seen = new Set<string>();
  for (const [key, raw] of params) {
    if (!isFieldName(key)) {
      // `format` belongs to the API; it is not part of a view.
      if (key !== "format") ignored.push(describeIgnored(key));
      continue;
    }
    if (seen.has(key)) {
      ignored.push(describeIgnored(key, raw));
      continue;
    }
    seen.add(key);
    const field = URL_FIELDS[key] as Field<unknown>;
    const { value, rejected } = field.parse(raw);
    state[key] = value;
    for (const piece of rejected) ignored.push(describeIgnored(key, piece));
  }
  const parsed = state as ViewState;
  if (!rangeApplies(parsed)) {
    for (const bound of ["min", "max"] as const) {
      if (parsed[bound] === null) continue;
      ignored.push(describeIgnored(bound, String(parsed[bound]), RANGE_NEEDS_ONE_KIND));
      parsed[bound] = null;
    }
  }
  if (parsed.min !== null && parsed.max !== null && parsed.min > parsed.max) {
    ignored.push(describeIgnored("max", String(parsed.max)));
    parsed.max = null;
  }
  return { state: parsed, ignored };
}

function recordToParams(record: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
  }
  return params;
}

/** Encodes a value but keeps the list separator readable (`hw=GPU~FPGA`). */
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%7E/gi, "~");
}

/** State → canonical query string without "?" ("" for the default view). A range without one kind is left out. */
export function serializeUrlState(state: Partial<ViewState>): string {
  const full = { ...DEFAULT_STATE, ...state };
  const parts: string[] = [];
  for (const name of FIELD_NAMES) {
    if ((name === "min" || name === "max") && !rangeApplies(full)) continue;
    const field = URL_FIELDS[name] as Field<unknown>;
    const text = field.serialize(full[name]);
    if (text !== null) parts.push(`${name}=${encodeValue(text)}`);
  }
  return parts.join("&");
}

export function hrefFor(path: string, state: Partial<ViewState>): string {
  const query = serializeUrlState(state);
  return query ? `${path}?${query}` : path;
}
