/*
 * Scans for the words of a table. A lookbehind at the head of a large alternation is tried at
 * every position of the text and costs most of a scan; testing the character before a match in
 * code costs one comparison per match instead.
 */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Matches of a global regex that start a word: the character before is no letter or digit (nor one of `alsoNot`). */
export function* wordMatches(text: string, re: RegExp, alsoNot = ""): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const prev = text[m.index - 1];
    if (prev === undefined || (!WORD_CHAR.test(prev) && !alsoNot.includes(prev))) yield m;
    // A match that starts inside a word is skipped; the word may still hold a match further on.
    else re.lastIndex = m.index + 1;
    if (m[0].length === 0) re.lastIndex++;
  }
}

/** The index of the row whose capture group matched, given where each row's group sits. */
export function rowOfMatch(m: RegExpExecArray | RegExpMatchArray, rowGroups: number[]): number {
  for (let row = 0; row < rowGroups.length; row++) if (m[rowGroups[row]!] !== undefined) return row;
  return -1;
}

/** Where each row's outer capture group sits in an alternation of rows `(p0)|(p1)|…`. */
export function rowGroupIndices(patterns: string[]): number[] {
  const indices: number[] = [];
  let group = 1;
  for (const p of patterns) {
    indices.push(group);
    group += 1 + (new RegExp(`${p}|`, "u").exec("")!.length - 1);
  }
  return indices;
}
