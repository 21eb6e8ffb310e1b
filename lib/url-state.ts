import { z } from "zod";
import {
  CLAIM_KINDS,
  HARDWARE_CLASSES,
  MODEL_FAMILIES,
  PHASES,
  QUALIFIERS,
  TECHNIQUES,
} from "./schema";

/**
 * The one map of URL field → parser/serializer (STYLE.md, "nuqs / OWID grapher").
 * Pages, the API and client controls all read and write the URL through it, so
 * a view has exactly one canonical URL: defaults omitted, keys in this order,
 * list values de-duplicated and sorted, lists tilde-joined (chat apps mangle `+`).
 */

export const CHART_TYPES = ["bars", "tradeoff", "distribution"] as const;
export const SCALES = ["log", "linear"] as const;
/** Table columns that can be sorted; a leading "-" in the URL means descending. */
export const SORT_KEYS = ["paper", "kind", "value", "hw", "device", "qual", "baseline"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type Sort = { key: SortKey; desc: boolean };

const LIST_SEPARATOR = "~";
const MAX_LIST_ITEMS = 24;
const MAX_TEXT_LENGTH = 200;
/**
 * Control characters and angle brackets never belong in a search or device name;
 * rejecting them (with a notice) keeps exports, footnotes and API answers free of
 * anything a browser could take for markup.
 */
const UNSAFE_TEXT = /[\u0000-\u001f\u007f<>]/;
const FREE_TEXT_ITEM = z
  .string()
  .min(1)
  .max(80)
  .refine((s) => !UNSAFE_TEXT.test(s) && !s.includes(LIST_SEPARATOR));
const PAPER_ID = z.string().regex(/^[a-z0-9-]{1,120}$/);
const SORT_VALUE = z.string().regex(new RegExp(`^-?(${SORT_KEYS.join("|")})$`));

type Parsed<T> = { value: T; rejected: string[] };

type Field<T> = {
  defaultValue: T;
  /** Returns the accepted value plus the raw pieces it had to drop. */
  parse: (raw: string) => Parsed<T>;
  /** null means "leave the key out" (the value is the default). */
  serialize: (value: T) => string | null;
};

function listField<T extends string>(item: z.ZodType<T>, order?: readonly T[]): Field<T[]> {
  const canonical = (values: T[]) => {
    const unique = [...new Set(values)];
    return order ? unique.sort((a, b) => order.indexOf(a) - order.indexOf(b)) : unique.sort();
  };
  return {
    defaultValue: [],
    parse: (raw) => {
      const accepted: T[] = [];
      const rejected: string[] = [];
      for (const piece of raw.split(LIST_SEPARATOR)) {
        if (piece === "") continue;
        const result = item.safeParse(piece);
        if (result.success && accepted.length < MAX_LIST_ITEMS) accepted.push(result.data);
        else rejected.push(piece);
      }
      return { value: canonical(accepted), rejected };
    },
    serialize: (values) => (values.length === 0 ? null : canonical(values).join(LIST_SEPARATOR)),
  };
}

function enumField<T extends string>(values: readonly [T, ...T[]], defaultValue: T): Field<T> {
  const schema = z.enum(values as unknown as [T, ...T[]]);
  return {
    defaultValue,
    parse: (raw) => {
      const result = schema.safeParse(raw);
      return result.success ? { value: result.data as T, rejected: [] } : { value: defaultValue, rejected: [raw] };
    },
    serialize: (value) => (value === defaultValue ? null : value),
  };
}

const FINITE_NUMBER = z.coerce.number().finite();
const NUMBER_TEXT = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

function numberField(): Field<number | null> {
  return {
    defaultValue: null,
    parse: (raw) => {
      if (raw.trim() === "") return { value: null, rejected: [] };
      const result = FINITE_NUMBER.safeParse(raw.trim());
      return result.success && NUMBER_TEXT.test(raw.trim())
        ? { value: result.data, rejected: [] }
        : { value: null, rejected: [raw] };
    },
    serialize: (value) => (value === null ? null : String(value)),
  };
}

function textField(): Field<string> {
  return {
    defaultValue: "",
    parse: (raw) => {
      const text = raw.trim().replace(/\s+/g, " ");
      if (UNSAFE_TEXT.test(text) || text.length > MAX_TEXT_LENGTH) return { value: "", rejected: [raw] };
      return { value: text, rejected: [] };
    },
    serialize: (value) => (value.trim() === "" ? null : value.trim()),
  };
}

function sortField(): Field<Sort> {
  const defaultValue: Sort = { key: "paper", desc: false };
  const text = (s: Sort) => `${s.desc ? "-" : ""}${s.key}`;
  return {
    defaultValue,
    parse: (raw) => {
      if (!SORT_VALUE.safeParse(raw).success) return { value: defaultValue, rejected: [raw] };
      const desc = raw.startsWith("-");
      return { value: { key: (desc ? raw.slice(1) : raw) as SortKey, desc }, rejected: [] };
    },
    serialize: (value) => (text(value) === text(defaultValue) ? null : text(value)),
  };
}

function pageField(): Field<number> {
  const schema = z.coerce.number().int().min(1).max(100_000);
  return {
    defaultValue: 1,
    parse: (raw) => {
      const result = schema.safeParse(raw);
      return result.success && /^\d+$/.test(raw) ? { value: result.data, rejected: [] } : { value: 1, rejected: [raw] };
    },
    serialize: (value) => (value === 1 ? null : String(value)),
  };
}

/** A flag: "1" when on, left out when off. */
function flagField(): Field<boolean> {
  return {
    defaultValue: false,
    parse: (raw) => (raw === "1" ? { value: true, rejected: [] } : raw === "0" || raw === "" ? { value: false, rejected: [] } : { value: false, rejected: [raw] }),
    serialize: (value) => (value ? "1" : null),
  };
}

/** A dataset version (content hash): hex only, so it can name a snapshot file safely. */
const VERSION_TEXT = /^[0-9a-f]{6,64}$/;
function versionField(): Field<string> {
  return {
    defaultValue: "",
    parse: (raw) => (VERSION_TEXT.test(raw) ? { value: raw, rejected: [] } : { value: "", rejected: [raw] }),
    serialize: (value) => (value === "" ? null : value),
  };
}

/** Key order here is the canonical order of the query string. */
export const URL_FIELDS = {
  hw: listField(z.enum(HARDWARE_CLASSES), HARDWARE_CLASSES),
  kind: listField(z.enum(CLAIM_KINDS), CLAIM_KINDS),
  device: listField(FREE_TEXT_ITEM),
  tech: listField(z.enum(TECHNIQUES), TECHNIQUES),
  model: listField(z.enum(MODEL_FAMILIES), MODEL_FAMILIES),
  phase: listField(z.enum(PHASES), PHASES),
  qual: listField(z.enum(QUALIFIERS), QUALIFIERS),
  min: numberField(),
  max: numberField(),
  q: textField(),
  /** Only claims a person reviewed (status corrected or added, issue #5). */
  reviewed: flagField(),
  /** Typical figures only: no "up to" claims, ranges drawn at their lower end. */
  typical: flagField(),
  papers: listField(PAPER_ID),
  chart: enumField(CHART_TYPES, "bars"),
  scale: enumField(SCALES, "log"),
  sort: sortField(),
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
function describeIgnored(key: string, value?: string): string {
  const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);
  return value === undefined ? clip(key) : `${clip(key)}=${clip(value)}`;
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

/** State → canonical query string without "?" ("" for the default view). */
export function serializeUrlState(state: Partial<ViewState>): string {
  const full = { ...DEFAULT_STATE, ...state };
  const parts: string[] = [];
  for (const name of FIELD_NAMES) {
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
