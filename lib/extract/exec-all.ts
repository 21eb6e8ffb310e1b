/*
 * All matches of a global regex, as `[...text.matchAll(re)]` gives them. matchAll clones the
 * regex and walks an iterator on every call, which costs about as much as the scan itself on a
 * sentence; the extractor calls it per sentence and per claim, so it loops `exec` on the regex
 * itself instead. Eager: lastIndex is back at 0 when it returns, so a shared regex is never left
 * mid-scan.
 */
export function execAll(re: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    found.push(m);
    // An empty match would stop the scan; step over it as matchAll does (a whole code point under u).
    if (m[0].length === 0) re.lastIndex = stepOver(text, m.index, re.unicode);
  }
  return found;
}

function stepOver(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  const next = text.charCodeAt(at + 1);
  return c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? at + 2 : at + 1;
}
