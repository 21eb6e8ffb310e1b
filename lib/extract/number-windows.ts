/*
 * Most of an abstract is words; the quantities sit beside its few digit runs (about five per
 * abstract), the rare counted fold ("threefold") and fraction word ("a quarter of"). Work that
 * only matters beside a number (the extraction gate, the rewrites that need one) runs in windows
 * around them, merged where they touch. Every rule's unit sits within a few characters of its
 * number ("from 3", "×7", "3.5 $\times$", "by a factor of nearly 3", "30 per cent"); rewrites
 * change lengths only locally, so these bounds are generous.
 */
const BEFORE_DIGITS = 40;
const AFTER_DIGITS = 40;
const NUMBER_SITE = /\d+|[Ff]old|quarter|third|fifth|tenth/g;

/** [start, end) windows around the digit runs, folds and fraction words of `text`, in order, merged where they touch. */
export function numberWindows(text: string): [number, number][] {
  const windows: [number, number][] = [];
  // One regex for every call (it runs per abstract and per sentence); the scan always runs to the end, which resets lastIndex.
  const re = NUMBER_SITE;
  re.lastIndex = 0;
  let d = re.exec(text);
  while (d !== null) {
    const start = Math.max(0, d.index - BEFORE_DIGITS);
    let end = d.index + d[0].length + AFTER_DIGITS;
    for (d = re.exec(text); d !== null && d.index - BEFORE_DIGITS <= end; d = re.exec(text)) end = d.index + d[0].length + AFTER_DIGITS;
    windows.push([start, Math.min(end, text.length)]);
  }
  return windows;
}
