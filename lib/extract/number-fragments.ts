/*
 * Named regex fragments shared by the quantity rules. Every fragment is linear-time:
 * no nested unbounded quantifiers, so hostile text (a megabyte of digits) stays fast.
 */

/** 12, 3.5, 1,000, and "10 000" / "5 700" (thin-space thousands from LaTeX) before "times". */
export const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3}){1,4}(?!\d)|\d{1,3}(?: \d{3}){1,3}(?= ?times)|\d{1,9})(?:\.\d{1,6})?`;

const WORD_CHAR = /[\p{L}\d.,_]/u;
const GLUE_WORD = /(?:^|[^\p{L}])(?:and|by|to|of)$/u;

/**
 * A number must not be glued to a word before it (A100, W4A4, GPT-3) or be a decimal's
 * tail; mangled text may glue it to "and"/"by" ("and9.4x"), and "0.3%/1.1%" lists use "/".
 * Checked in code rather than as a regex lookbehind: a pattern that starts with a digit
 * lets the regex engine skip ahead quickly, which is most of the extractor's speed.
 */
export function startsCleanly(text: string, at: number): boolean {
  const prev = text[at - 1];
  if (prev === undefined) return true;
  if (prev === "/") return /[%x×]/.test(text[at - 2] ?? "");
  if (prev === "-") return !/\d/.test(text[at - 2] ?? "");
  if (!WORD_CHAR.test(prev)) return true;
  return GLUE_WORD.test(text.slice(Math.max(0, at - 4), at));
}

/** "×" (canonical-text.ts turns x, X, *, \times and glued "times" into it), "times", "-fold". */
export const MULTIPLIER_SUFFIX = String.raw`(?:\s?×(?!\s?\d)|\s?times\b|-?\s?fold\b|-times\b)`;

/** "%" (canonical for "\%", "percent"); "95%ile" is a percentile, not a percentage. */
export const PERCENT_SUFFIX = String.raw`(?:\s?%(?!ile))`;

/** Range connectors in canonical text: "1.48×-12.1×", "2 - 6×", "3.72~4.11×", "2.91× to 3.51×". */
export const RANGE_CONNECTOR = String.raw`(?:\s?[-~]\s?| to | and )`;

export function parseNumber(text: string): number {
  return Number(text.replace(/[, ]/g, ""));
}

/*
 * "+7.01%", "+ 2.2 points": a sign before a number marks an explicit gain. As an optional
 * "(\+\s?)?" at the head of a rule's pattern the engine tries the sign at every position of the
 * text, at a third of the speed of a pattern that starts with a digit; so the rules match from
 * the digit and read the sign here. The match is the one "(\+\s?)?" + the pattern would give:
 * it starts at a "+" right before the number, or at "+" and one space before it, when the scan
 * had not passed that point yet.
 */
const SPACE = /\s/;

/** The matches of `re` (a global pattern starting with a digit), each with the sign before it as group 1 and the pattern's own groups after it. */
export function signedMatches(re: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let scannedTo = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const at = m.index;
    const sign =
      at - 2 >= scannedTo && text[at - 2] === "+" && SPACE.test(text[at - 1]!) ? text.slice(at - 2, at)
      : at - 1 >= scannedTo && text[at - 1] === "+" ? "+"
      : undefined;
    const start = at - (sign?.length ?? 0);
    const signed = [text.slice(start, at + m[0].length), sign, ...m.slice(1)] as unknown as RegExpExecArray;
    signed.index = start;
    found.push(signed);
    scannedTo = at + m[0].length;
  }
  return found;
}
