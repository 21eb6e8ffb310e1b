import type { PreviewModel } from "./link-preview";

/*
 * Preview images are drawn with the one font next/og bundles (Geist Regular). For any
 * character that font lacks, Satori asks for another font or an emoji image, and next/og
 * fetches those from Google Fonts and a CDN, carrying the text of the query: an outbound
 * request per preview, and an empty image offline. So every string drawn is first reduced
 * to the font's characters: anything else (CJK, Arabic, emoji…) is drawn as a dotted
 * circle, one per grapheme, the usual mark for a glyph that is missing.
 */

/** Geist Regular's cmap (726 code points), hex ranges; tests/unit/views/preview-text.test.ts checks it against the font file. */
const GEIST_COVERAGE =
  "20-7e a0-ac ae-113 116-12b 12e-137 139-13e 141-148 14a-14d 150-17e 18f 192 1a0-1a1 1af-1b0 1cd-1ce 1e4-1e9 218-21b 237 259 2b9 2bc " +
  "2c6-2c8 2d8-2dd 300-304 306-30c 312 31b 323 326-328 335-338 39b 3a9 3bb-3bc 3c0 3c9 400-45f 462-463 46a-46b 472-475 490-493 " +
  "496-497 49a-49b 4a2-4a3 4ae-4b3 4b6-4b7 4ba-4bb 4c0 4cf 4d8-4d9 4e2-4e3 4e8-4e9 4ee-4ef e3f 1e20-1e21 1e80-1e85 1e9e 1ea0-1ef9 " +
  "2013-2014 2018-201a 201c-201e 2020-2022 2026 2030 2032-2033 2039-203a 2044 2070 2074-2079 2080-2089 20aa 20ac 20b1 20b4 20b9 " +
  "20bd 2116-2117 2122 2153-2155 215b-215e 2190-2199 219d 21a9-21aa 21b0-21b1 21b3-21b5 21e4-21e5 21e7 2202 2206 220f 2211-2212 " +
  "221a 221e 222b 2236 2248 2260 2264-2265 2460-2468 24ea 24ff 25b2-25b3 25b6-25b7 25bc-25bd 25c0-25c1 25ca-25cc 25cf 2639-263a " +
  "2776-277e 3003 301c a78b-a78c f8ff fb01-fb02";

export const PREVIEW_FONT_RANGES: readonly [number, number][] = GEIST_COVERAGE.split(" ").map((range) => {
  const [from, to = from] = range.split("-").map((hex) => parseInt(hex, 16));
  return [from!, to!];
});

export const MISSING_GLYPH = "\u25CC";

function isDrawable(codePoint: number): boolean {
  let lo = 0;
  let hi = PREVIEW_FONT_RANGES.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [from, to] = PREVIEW_FONT_RANGES[mid]!;
    if (codePoint < from) hi = mid - 1;
    else if (codePoint > to) lo = mid + 1;
    else return true;
  }
  return false;
}

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

/** `text` with every grapheme the bundled font cannot draw whole replaced by MISSING_GLYPH. */
export function drawableText(text: string): string {
  let out = "";
  for (const { segment } of graphemes.segment(text)) {
    let whole = true;
    for (const ch of segment) if (!isDrawable(ch.codePointAt(0)!)) whole = false;
    out += whole ? segment : MISSING_GLYPH;
  }
  return out;
}

/** The model with every string it draws made drawable. */
export function drawablePreviewModel(model: PreviewModel): PreviewModel {
  return {
    ...model,
    title: drawableText(model.title),
    description: drawableText(model.description),
    filters: drawableText(model.filters),
    version: drawableText(model.version),
    caption: drawableText(model.caption),
    axis: { ...model.axis, unit: drawableText(model.axis.unit) },
    bars: model.bars.map((bar) => ({ ...bar, label: drawableText(bar.label) })),
    legend: model.legend.map((entry) => ({ ...entry, label: drawableText(entry.label) })),
  };
}
