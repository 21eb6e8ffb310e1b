/*
 * Most of an abstract is words; the quantities sit beside its few digit runs (about five per
 * abstract), the rare counted fold ("threefold") and fraction word ("a quarter of"). Work that
 * only matters beside a number (the extraction gate, the rewrites that need one) runs in windows
 * around them, merged where they touch. Every rule's unit sits within a few characters of its
 * number ("from 3", "×7", "3.5 $\times$", "by a factor of nearly 3", "30 per cent"); rewrites
 * change lengths only locally, so these bounds are generous.
 */
const BEFORE_DIGITS = 24;
const AFTER_DIGITS = 40;
const NUMBER_SITE = /\d+|[Ff]old|quarter|third|fifth|tenth/g;

/** [start, end) of the digit runs, folds and fraction words of `text`, in order. */
export function numberSites(text: string): [number, number][] {
  const sites: [number, number][] = [];
  NUMBER_SITE.lastIndex = 0;
  for (let d = NUMBER_SITE.exec(text); d !== null; d = NUMBER_SITE.exec(text)) sites.push([d.index, d.index + d[0].length]);
  return sites;
}

/** Windows around `sites[first..end)`, in a text of `length` whose offset 0 is `origin` of the sites' text. */
function windowsOf(sites: [number, number][], first: number, end: number, origin: number, length: number): [number, number][] {
  const windows: [number, number][] = [];
  for (let i = first; i < end; ) {
    const start = Math.max(0, sites[i]![0] - origin - BEFORE_DIGITS);
    let to = sites[i]![1] - origin + AFTER_DIGITS;
    for (i++; i < end && sites[i]![0] - origin - BEFORE_DIGITS <= to; i++) to = sites[i]![1] - origin + AFTER_DIGITS;
    windows.push([start, Math.min(to, length)]);
  }
  return windows;
}

/** [start, end) windows around the digit runs, folds and fraction words of `text`, in order, merged where they touch. */
export function numberWindows(text: string, sites = numberSites(text)): [number, number][] {
  return windowsOf(sites, 0, sites.length, 0, text.length);
}

/**
 * The windows `numberWindows(sentence.text)` gives, from the sites of the whole text the
 * sentence is cut from: one scan of an abstract instead of one per sentence. A site the
 * sentence cuts through (a digit run split at the length limit of sentences.ts) reads
 * differently inside the sentence alone, so such a sentence is scanned on its own.
 */
export function sentenceWindows(sites: [number, number][], sentence: { start: number; end: number; text: string }): [number, number][] {
  let first = 0, hi = sites.length;
  while (first < hi) {
    const mid = (first + hi) >> 1;
    if (sites[mid]![1] <= sentence.start) first = mid + 1;
    else hi = mid;
  }
  let end = first;
  while (end < sites.length && sites[end]![0] < sentence.end) end++;
  const cutAtStart = first < end && sites[first]![0] < sentence.start;
  const cutAtEnd = first < end && sites[end - 1]![1] > sentence.end;
  if (cutAtStart || cutAtEnd) return numberWindows(sentence.text);
  return windowsOf(sites, first, end, sentence.start, sentence.end - sentence.start);
}
