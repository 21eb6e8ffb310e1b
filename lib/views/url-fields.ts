import { z } from "zod";

/**
 * The kinds of URL field (list, enum, number, text, flag, …) that lib/views/url-state.ts
 * assembles into the one field map. Each field parses a raw value into the accepted value
 * plus the raw pieces it had to drop (for the "ignored" notice), and serializes a value
 * back to its canonical text, or null when it is the default and stays out of the URL.
 */

export type Parsed<T> = { value: T; rejected: string[] };

export type Field<T> = {
  defaultValue: T;
  parse: (raw: string) => Parsed<T>;
  serialize: (value: T) => string | null;
};

export const LIST_SEPARATOR = "~";
const MAX_LIST_ITEMS = 24;
const MAX_TEXT_LENGTH = 200;
/**
 * Control characters and angle brackets never belong in a search or device name;
 * rejecting them (with a notice) keeps exports, footnotes and API answers free of
 * anything a browser could take for markup.
 */
const UNSAFE_TEXT = /[\u0000-\u001f\u007f<>]/;

/** One list item: the accepted (canonical) value, or null to drop it. */
export type ItemParser<T extends string> = (piece: string) => T | null;

/** Free text inside a list (device or baseline names): no separators, no markup. */
export const freeTextItem: ItemParser<string> = (piece) => {
  const text = piece.trim().replace(/\s+/g, " ");
  return text.length >= 1 && text.length <= 80 && !UNSAFE_TEXT.test(text) && !text.includes(LIST_SEPARATOR) ? text : null;
};

/** Enum values are matched ignoring case (`hw=fpga` is FPGA) and written back canonically. */
export function enumItem<T extends string>(values: readonly T[]): ItemParser<T> {
  const byLowerCase = new Map(values.map((v) => [v.toLowerCase(), v]));
  return (piece) => byLowerCase.get(piece.trim().toLowerCase()) ?? null;
}

export function patternItem(pattern: RegExp): ItemParser<string> {
  return (piece) => (pattern.test(piece) ? piece : null);
}

export function listField<T extends string>(item: ItemParser<T>, order?: readonly T[]): Field<T[]> {
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
        const value = item(piece);
        if (value !== null && accepted.length < MAX_LIST_ITEMS) accepted.push(value);
        else rejected.push(piece);
      }
      return { value: canonical(accepted), rejected };
    },
    serialize: (values) => (values.length === 0 ? null : canonical(values).join(LIST_SEPARATOR)),
  };
}

export function enumField<T extends string>(values: readonly T[], defaultValue: T): Field<T> {
  const item = enumItem(values);
  return {
    defaultValue,
    parse: (raw) => {
      const value = item(raw);
      return value !== null ? { value, rejected: [] } : { value: defaultValue, rejected: [raw] };
    },
    serialize: (value) => (value === defaultValue ? null : value),
  };
}

const FINITE_NUMBER = z.coerce.number().finite();
const NUMBER_TEXT = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

export function numberField(): Field<number | null> {
  return {
    defaultValue: null,
    parse: (raw) => {
      const text = raw.trim();
      if (text === "") return { value: null, rejected: [] };
      const result = FINITE_NUMBER.safeParse(text);
      return result.success && NUMBER_TEXT.test(text) ? { value: result.data, rejected: [] } : { value: null, rejected: [raw] };
    },
    serialize: (value) => (value === null ? null : String(value)),
  };
}

export function textField(): Field<string> {
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

/** A sort order: a key of `keys`, descending when written with a leading "-". */
export function sortField<K extends string>(keys: readonly K[], defaultKey: K): Field<{ key: K; desc: boolean }> {
  const key = enumItem(keys);
  const defaultValue = { key: defaultKey, desc: false };
  const text = (s: { key: K; desc: boolean }) => `${s.desc ? "-" : ""}${s.key}`;
  return {
    defaultValue,
    parse: (raw) => {
      const desc = raw.startsWith("-");
      const parsed = key(desc ? raw.slice(1) : raw);
      return parsed === null ? { value: defaultValue, rejected: [raw] } : { value: { key: parsed, desc }, rejected: [] };
    },
    serialize: (value) => (text(value) === text(defaultValue) ? null : text(value)),
  };
}

export function pageField(): Field<number> {
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
export function flagField(): Field<boolean> {
  return {
    defaultValue: false,
    parse: (raw) =>
      raw === "1" ? { value: true, rejected: [] } : raw === "0" || raw === "" ? { value: false, rejected: [] } : { value: false, rejected: [raw] },
    serialize: (value) => (value ? "1" : null),
  };
}

/** A dataset version (content hash): hex only, so it can name a snapshot file safely. */
const VERSION_TEXT = /^[0-9a-f]{6,64}$/;
export function versionField(): Field<string> {
  return {
    defaultValue: "",
    parse: (raw) => {
      const text = raw.toLowerCase();
      return VERSION_TEXT.test(text) ? { value: text, rejected: [] } : { value: "", rejected: [raw] };
    },
    serialize: (value) => (value === "" ? null : value),
  };
}
