import { seededRandom } from "./seeded-random";

/*
 * Random and hostile query strings for the URL fuzz test: real field names with junk
 * values, unknown names, markup that must never come back unescaped, broken percent
 * escapes, huge numbers, repeated keys and over-long values.
 */
const FIELDS = ["hw", "kind", "device", "tech", "model", "phase", "qual", "min", "max", "q", "papers", "chart", "scale", "sort", "page", "format", "v"];
/** Any of these appearing verbatim in a response means markup was reflected. */
export const MARKUP_MARKERS = ["<x-fuzz", "<script>fuzz", "<img src=x onerror=fuzz"];
const VALUES = [
  "GPU", "FPGA~GPU", "speedup", "-value", "bars", "log", "1.5", "-1", "1e309", "NaN", "Infinity", "0x10", "", "~", "~~~",
  ...MARKUP_MARKERS.map((m) => `${m}>`), "\"><x-fuzz>", "javascript:alert(1)", "%00", "%E0%A4%A", "%", "%%", "😀", "\uFFFF",
  "../../etc/passwd", "a".repeat(300), "GPU~".repeat(20), "'; DROP TABLE claims; --", "{{7*7}}", "${7*7}",
];

export function fuzzQueries(count: number, seed: number): string[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  return Array.from({ length: count }, () => {
    const parts = Array.from({ length: 1 + Math.floor(random() * 5) }, () => {
      const key = random() < 0.8 ? pick(FIELDS) : pick(["evil", "<x-fuzz>", "%ZZ", "hw[]", "__proto__", "constructor"]);
      const value = random() < 0.3 ? String.fromCharCode(...Array.from({ length: 1 + Math.floor(random() * 12) }, () => 32 + Math.floor(random() * 95))) : pick(VALUES);
      // Half the time raw (possibly broken) text, half properly encoded.
      return random() < 0.5 ? `${key}=${value}` : `${encodeURIComponent(key)}=${encodeURIComponent(value)}`;
    });
    return parts.join("&").replace(/#/g, "%23");
  });
}
