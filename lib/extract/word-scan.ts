/*
 * Scans for the words of a table. A lookbehind at the head of a large alternation is tried at
 * every position of the text and costs most of a scan; testing the character before a match in
 * code costs one comparison per match instead. A leading `\b` is cheaper still than either: the
 * engine tests it before trying any row, so inside words (most positions) no row is tried. It
 * treats "_" as a word character, the one place it is stricter than the test in code.
 *
 * Case-insensitive matching under the u flag folds case across all of Unicode and runs at half
 * the speed; the tables' words are ASCII, so case-insensitive scans go without u, name ASCII
 * letters in their boundaries, and wordMatches tests for a non-ASCII letter after a match.
 */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The scan regex of a table's alternation; every row must start with a letter or digit. */
export function wordScan(source: string, flags: string): RegExp {
  return new RegExp(`\\b(?:${source})`, flags);
}

/** Matches of a global regex built by `wordScan` that start a word: the character before is no letter or digit (nor one of `alsoNot`). */
// An array, not a generator: it runs per sentence and per abstract, and every yield allocates.
export function wordMatches(text: string, re: RegExp, alsoNot = ""): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const prev = text[m.index - 1];
    const next = text[m.index + m[0].length];
    const endsWord = next === undefined || next < "\u0080" || !WORD_CHAR.test(next);
    if (endsWord && (prev === undefined || (!WORD_CHAR.test(prev) && !alsoNot.includes(prev)))) found.push(m);
    // A match that starts inside a word is skipped; the word may still hold a match further on.
    else re.lastIndex = m.index + 1;
    if (m[0].length === 0) re.lastIndex++;
  }
  return found;
}

/** Where each row of an alternation `(p0)|(p1)|…` sits: its outer group, and how many groups it holds inside. */
export interface RowGroups {
  outer: number[];
  inner: number[];
}

export function rowGroups(patterns: string[]): RowGroups {
  const outer: number[] = [];
  const inner: number[] = [];
  let group = 1;
  for (const p of patterns) {
    const count = new RegExp(`${p}|`, "u").exec("")!.length - 1;
    outer.push(group);
    inner.push(count);
    group += 1 + count;
  }
  return { outer, inner };
}

/** The row whose outer group matched, and that row's own capture groups (numbered from 0). */
export function matchedRow(m: RegExpExecArray | RegExpMatchArray, rows: RowGroups): { row: number; groups: string[] } {
  for (let row = 0; row < rows.outer.length; row++) {
    const at = rows.outer[row]!;
    if (m[at] !== undefined) return { row, groups: m.slice(at + 1, at + 1 + rows.inner[row]!) };
  }
  throw new Error(`no row of the alternation matched "${m[0]}"`);
}
