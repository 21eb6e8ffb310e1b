/*
 * The first pass of extraction: every way an abstract writes a number, unit, range or
 * approximation becomes one canonical form, so the rules downstream see "6.0×", "3.72~4.11×",
 * "96.00 ± 0.48", "10000×" and never "6.0times", "3.72sim4.11times", "96.00% pm 0.48%",
 * "$10^4\times$" or "10 000 times". An offset map leads back from the canonical text to the
 * abstract as written, so evidence offsets still slice the paper's own words.
 *
 * One table of rewrites (canonical-rewrites.ts), compiled into one alternation and applied in one
 * left-to-right pass.
 */

import { matchedRow, rowGroups, type RowGroups } from "./word-scan";
import { REWRITES, type Rewrite } from "./canonical-rewrites";
import { numberWindows } from "./number-windows";
import { identity, mappedText, type CanonicalText, type Segment } from "./canonical-offsets";

export type { CanonicalText } from "./canonical-offsets";

/*
 * Two scans of the rows: every row near numbers, only the `anywhere` rows elsewhere. Rows whose
 * first character is common (a space, "x", "t", "p") then run on a fraction of the text.
 */
interface RewriteScan {
  rows: Rewrite[];
  groups: RowGroups;
  re: RegExp;
}
function rewriteScan(rows: Rewrite[]): RewriteScan {
  return { rows, groups: rowGroups(rows.map((r) => r.pattern)), re: new RegExp(rows.map((r) => `(${r.pattern})`).join("|"), "gu") };
}
const NEAR_DIGITS = rewriteScan(REWRITES);
const ANYWHERE = rewriteScan(REWRITES.filter((r) => r.anywhere));
interface RewriteMatch {
  index: number;
  length: number;
  rewrite: Rewrite;
  groups: string[];
}

/*
 * A search for the next match runs past the end of its stretch of text, up to wherever that match
 * is; the match it finds there is kept, so the next stretch scanned with the same regex starts from
 * it instead of reading the same characters again. Exact: no row looks behind its start, so the
 * leftmost match at or after a position is the same whichever earlier position the search began at.
 */
interface PendingMatch {
  /** Where the search that found it began; no match of the scan starts between there and it. */
  from: number;
  match: RegExpExecArray | null;
}

/** Where the pass over a text stands: how far it has read, the match each scan found last, what it found so far. */
interface RewritePass {
  text: string;
  scannedTo: number;
  pending: Map<RewriteScan, PendingMatch>;
  found: RewriteMatch[];
}

function nextMatch(pass: RewritePass, scan: RewriteScan, at: number): RegExpExecArray | null {
  const kept = pass.pending.get(scan);
  if (kept && kept.from <= at && (kept.match === null || at <= kept.match.index)) return kept.match;
  scan.re.lastIndex = at;
  const match = scan.re.exec(pass.text);
  pass.pending.set(scan, { from: at, match });
  return match;
}

/** The matches of `scan` that start in [from, to), after what the pass has read already. */
function scanStretch(pass: RewritePass, scan: RewriteScan, from: number, to: number): void {
  const { rows, groups } = scan;
  for (let m = nextMatch(pass, scan, Math.max(from, pass.scannedTo)); m !== null && m.index < to; m = nextMatch(pass, scan, pass.scannedTo)) {
    const row = matchedRow(m, groups);
    pass.scannedTo = m.index + m[0].length;
    pass.found.push({ index: m.index, length: m[0].length, rewrite: rows[row.row]!, groups: row.groups });
  }
}

/** The rewrite matches of `text` in order: near each digit run every row may match, elsewhere the `anywhere` rows. */
function rewriteMatches(text: string, windows: [number, number][]): RewriteMatch[] {
  const pass: RewritePass = { text, scannedTo: 0, pending: new Map(), found: [] };
  let gapStart = 0;
  for (const [start, end] of windows) {
    scanStretch(pass, ANYWHERE, gapStart, start);
    scanStretch(pass, NEAR_DIGITS, start, end);
    gapStart = end;
  }
  scanStretch(pass, ANYWHERE, gapStart, text.length);
  return pass.found;
}

/** `windows` are the abstract's number windows, when the caller has them already. */
export function canonicalize(original: string, windows = numberWindows(original)): CanonicalText {
  const built: Built = { original, segments: [], parts: [], out: 0, orig: 0 };
  for (const { index, length, rewrite, groups } of rewriteMatches(original, windows)) {
    if (index < built.orig) continue;
    if (rewrite.when && !rewrite.when(original, index)) continue;
    const replacement = rewrite.to(groups);
    if (replacement === original.slice(index, index + length)) continue;
    literal(built, index);
    built.segments.push({ out: built.out, orig: built.orig, outLen: replacement.length, origLen: length, literal: false });
    built.parts.push(replacement);
    built.out += replacement.length;
    built.orig += length;
  }
  if (built.segments.length === 0) return identity(original);
  literal(built, original.length);
  // A sentinel so an offset at the very end maps to the end of the original.
  built.segments.push({ out: built.out, orig: built.orig, outLen: 0, origLen: 0, literal: true });
  return mappedText(built.parts.join(""), built.segments);
}

/** The canonical text so far: its pieces, their segments, and how far it has got in the output and the original. */
interface Built {
  original: string;
  segments: Segment[];
  parts: string[];
  out: number;
  orig: number;
}

/** The original text up to `to` copied as it is. */
function literal(built: Built, to: number): void {
  if (to <= built.orig) return;
  built.segments.push({ out: built.out, orig: built.orig, outLen: to - built.orig, origLen: to - built.orig, literal: true });
  built.parts.push(built.original.slice(built.orig, to));
  built.out += to - built.orig;
  built.orig = to;
}
