/*
 * Named regex fragments shared by the quantity rules. Every fragment is linear-time:
 * no nested unbounded quantifiers, so hostile text (a megabyte of digits) stays fast.
 */

/** 12, 3.5, 1,000, and "10 000" / "5 700" (thin-space thousands from LaTeX) before "times". */
export const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3}){1,4}(?!\d)|\d{1,3}(?: \d{3}){1,3}(?= ?times)|\d{1,9})(?:\.\d{1,6})?`;

/** A number must not be glued to a word before it (A100, W4A4, GPT-3) or be a decimal's tail. */
export const NOT_AFTER_WORD = String.raw`(?:(?<![\p{L}\d.,_/])|(?<=\b(?:and|by|to|of))|(?<=[%x×]\/))(?<!\d-)`;

/** ×, x, X, "times" (also glued: "6.0times"), LaTeX "\times" with stray $, "-fold". */
export const MULTIPLIER_SUFFIX = String.raw`(?:\s?\$?\s?\\times\$?|\s?[x×X](?![\p{L}\d])(?!\s?\d)|\s?times\b|-?\s?fold\b|-times\b)`;

/** "%", LaTeX "\%", "percent"; "95%ile" is a percentile, not a percentage. */
export const PERCENT_SUFFIX = String.raw`(?:\s?\\?%(?!ile)|\s?percent\b|\s?per cent\b)`;

/** Range connectors: "1.48x-12.1x", "2 - 6x", "3.72sim4.11times", "2.91x to 3.51x". */
export const RANGE_CONNECTOR = String.raw`(?:\s?[-–—~∼]\s?|\s?\$?\\?sim\$?\s?| to | and )`;

export function parseNumber(text: string): number {
  return Number(text.replace(/[, ]/g, ""));
}
