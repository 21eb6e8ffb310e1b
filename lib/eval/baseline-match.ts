import { canonicalBaseline } from "../extract/baseline-names";

/*
 * Whether an extracted baseline names what the labelled one names. Labels are written by hand
 * ("the FP16 model", "optimized CPU baseline (16 vCPU, AVX2-enabled)"), so an exact string
 * comparison would punish harmless differences of articles, plurals or a trailing detail:
 * two baselines agree when their canonical names agree, or when the content words of the
 * shorter one are all in the longer one.
 */
const FILLER = new Set(["the", "a", "an", "of", "our", "its", "their", "existing", "baseline", "baselines", "based", "implementation", "implementations", "method", "methods", "model", "models", "approach", "approaches", "system", "systems", "counterpart", "counterparts", "original", "prior", "previous", "state", "art", "sota"]);

function contentWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}.+]+/gu, " ")
    .split(" ")
    .map((w) => w.replace(/s$/, ""))
    .filter((w) => w && !FILLER.has(w));
}

export function baselinesAgree(gold: string | undefined, predicted: string | undefined): boolean {
  const g = gold?.trim() ?? "";
  const p = predicted?.trim() ?? "";
  if (!g || !p) return !g && !p;
  const cg = canonicalBaseline(g), cp = canonicalBaseline(p);
  if (cg && cp && cg === cp) return true;
  const gw = contentWords(g), pw = contentWords(p);
  if (gw.length === 0 || pw.length === 0) return gw.length === pw.length;
  const [short, long] = gw.length <= pw.length ? [gw, new Set(pw)] : [pw, new Set(gw)];
  return short.every((w) => long.has(w));
}
