/*
 * Baselines: what each claim of a sentence is compared against. A sentence's comparison
 * frames ("over X", "than X", "compared with X", "against X", "beats X by") are found once;
 * each frame's phrase is trimmed to a noun phrase and split into its list items. Claims then
 * take, in this order: a frame that ends right before their own number ("beats TPU v3 by
 * 2.1x"); the item at their position in a "respectively" list; the frame that closes their
 * clause after them; the nearest frame that opens a clause before them.
 */

import { findFrames, type BaselineFrame } from "./baseline-frames";
import { LEADING_ARTICLE, MAX_BY_ONLY_CHARS, MEASURE_ONLY } from "./baseline-frame-words";
import { alignRespectively, cleanItem, firstItem, pairedItem, slashItem, type SentenceNumber } from "./baseline-pairing";

export { findFrames, type BaselineFrame } from "./baseline-frames";
export type { SentenceNumber } from "./baseline-pairing";
/** "…baselines DeiT-B by 0.3%": a by-frame continues through ", and X by N" after it. */
const CONTINUED_BY = /^\s*,?\s*(?:and|while|but)\s+((?:the |a |an )?[^,;]{1,60}?)\s+by\s+(?:up to |about |around |nearly |over |more than |at least |\$)*$/i;

// A full stop inside a version number ("LLaVA-1.5") is no end of the phrase.
const REFERENCE_AFTER = /^\s?(?:\S+\s){0,3}?of\s+((?:the\s+)?(?:[^,;.]|\.(?=\d)){2,60})/i;
const OWNED_MEASURE = /^(.+?)['’]s?\s+(?:[\w-]+\s+)?(?:performance|accuracy|quality|scores?)$/i;
const MEASURE_OF_OWNER = /^(?:the\s+)?(?:(?:original|full)\s+)?(?:performance|accuracy|quality|scores?)\s+of\s+(.+)$/i;
/** The end of a reference's noun phrase. */
const PHRASE_TAIL = /\s+(?:with|on|in|at|for|across|while|without|by|using|when|after|compared|relative|than|versus|vs\.?|against|over)\b.*$/i;

/** "full-cache performance", "FP16 accuracy", "dense-model quality": a reference named by the modifier of its measure. */
const OWNER_BEFORE_MEASURE = /^(?:the\s+)?((?:full|dense|uncompressed|unpruned|unquantized|full-precision|full-attention|teacher)[\w-]*|FP16|FP32|BF16|INT8)\s+(?:model\s+)?(?:performance|accuracy|quality)$/i;
/** "… than a TPU-like systolic array with the same multipliers, and 3x faster on dense GEMMs": the frame's modifier may come between. */
// "… over the original Ring Attention on 8 A100 GPUs and up to 1.65x on 16 TPUv4 chips": a platform after the frame does not end it.
const COORDINATED_AFTER_FRAME = /^(?:\s+(?:with|on|at|for)\s+[^,;]{1,60}?)?\s*,?\s*and\s+(?:up to |about |around |nearly |over |an average of |a )?$/i;
/** "a 1.4-3.0x speedup over vanilla LRM inference and improves accuracy by 0.4-9.0%": a verb joined without a comma shares the comparison. */
// "… faster than llama.cpp on the ARM CPU of an M2 Ultra, with larger models gaining more, and it cuts energy by 55%": the same subject goes on.
const CONJOINED_VERB_AFTER_FRAME = /^(?:\s+(?:on|in|at|for)\s+[^,;]{1,60})?(?:,\s*with\s+[^,;]{1,60})?,?\s+and\s+(?:it\s+|they\s+)?(?:also\s+)?(?:improv|reduc|cut|lower|boost|rais|increas|sav|decreas|shrink)\w*\s+(?:the\s+)?(?:[\w-]+\s+){0,3}by\s+(?:up to\s+|about\s+|around\s+|nearly\s+)?$/i;
/** The gap from a frame to a number in a clause that goes on with the same comparison. */
/** The words from a number to a frame of a clause that keeps quality level with a reference. */
const KEEPS_QUALITY_OF = /^[^;.]{0,80}?,?\s(?:while|with)\s(?:still\s)?(?:maintaining|retaining|keeping|preserving)\s(?:[\w-]+\s){0,3}?(?:accuracy|performance|quality)\s(?:(?:close|equal|identical)\s)?$/i;
const WHILE_CLAUSE = /^(?:\s+(?:on|in|at|for)\s+[^,;]{1,40})?\s*(?:,?\s*(?:while|whereas|with|at the cost of|at a cost of|at the expense of)\s+(?:[\w-]+\s+){0,8}[~≈]?|,\s*(?:sav|reduc|cut|lower|achiev|yield|deliv|bring|offer|provid)\w*\s+(?:[\w-]+\s+){0,3})$/i;

/** One baseline per number of the sentence (undefined where none is named). */
export function assignBaselines(sentence: string, numbers: SentenceNumber[]): (string | undefined)[] {
  if (numbers.length === 0) return [];
  const frames = findFrames(sentence, numbers.map((n) => n.start));
  const respectively = /\brespectively\b/i.test(sentence);
  return numbers.map((n, index) => {
    const baseline = slashItem(sentence, numbers, n, baselineOf(sentence, frames, numbers, n, index, respectively));
    if (!baseline || !PRONOUN.test(baseline)) return baseline;
    // "matches the performance of the full KV cache while retaining only 12% of it": the pronoun is the frame before it.
    const before = frames.findLast((f) => f.end <= n.start && !PRONOUN.test(f.phrase));
    return before ? firstItem(before) : undefined;
  });
}
const PRONOUN = /^(?:it|them|this|these|those|that|itself|themselves)$/i;

/** "outperforms prior sparse kernels (1.3x)": a number in parentheses right after a baseline's name is the baseline's own. */
export function baselinesOwnNumbers(sentence: string, numbers: SentenceNumber[]): Set<SentenceNumber> {
  const frames = findFrames(sentence, numbers.map((n) => n.start));
  return new Set(
    numbers.filter(
      (n) =>
        inParentheses(sentence, n) &&
        frames.some((f) => f.markerStart < n.start && f.end <= n.start && n.start - f.end <= 3) &&
        // "12.4x over the CPU (2.2x over the GPU)": a number with its own comparison is a claim of its own.
        !frames.some((f) => f.markerStart >= n.end && !sentence.slice(n.end, f.markerStart).includes(")") && f.markerStart - n.end <= OWN_FRAME_CHARS),
    ),
  );
}

/** How far after a number in parentheses its own comparison may open ("2.2x over", "2.2x higher throughput than"). */
const OWN_FRAME_CHARS = 30;

function inParentheses(sentence: string, n: SentenceNumber): boolean {
  return /\(\s?$/.test(sentence.slice(Math.max(0, n.start - 2), n.start));
}

/** The baseline of one number: by "respectively" position, a reference, a by-frame, a continued by-frame, the frame closing or opening its clause. */
function baselineOf(sentence: string, frames: BaselineFrame[], numbers: SentenceNumber[], n: SentenceNumber, index: number, respectively: boolean): string | undefined {
  if (respectively) {
    const aligned = alignRespectively(sentence, frames, n, numbers);
    if (aligned) return aligned;
  }
  if (n.reference) {
    const reference = REFERENCE_AFTER.exec(sentence.slice(n.end, n.end + 120));
    // "99% of accuracy", "97% of their performance": a measure alone names no reference.
    const written = reference?.[1]!.replace(PHRASE_TAIL, "");
    // "of the original models' accuracy", "of the original performance of LLaVA-1.5": the owner of the measure is the reference.
    const owner = written && (OWNED_MEASURE.exec(written)?.[1] ?? MEASURE_OF_OWNER.exec(written)?.[1]);
    const phrase = owner ?? written;
    // "of the full-precision models" names one; "of its accuracy", "of the original training GPU hours" only a measure.
    if (phrase && (owner || !/^(?:its|their|his|her|the original|the full)(?=\s|$)/i.test(phrase))) {
      // "retains 90% of full-cache performance": the word before a measure can name whose it is.
      const owner = OWNER_BEFORE_MEASURE.exec(phrase)?.[1];
      if (owner) return owner;
      if (!MEASURE_ONLY.test(phrase)) return cleanItem(phrase);
    }
  }
  // The innermost frame before "by N": "accelerates the prefill stage of LLaMA-7B by 2.3x" names LLaMA-7B.
  const byFrame = frames.findLast((f) => f.byNumberAt !== undefined && f.byNumberAt <= n.start && n.start - f.byNumberAt < 40 && !numbers.some((o) => o.start > f.end && o.start < n.start && o.group !== n.group));
  // "beats Orca and vLLM by 2.0x and 1.4x": a list of names before a list of as many numbers pairs up.
  if (byFrame && !byFrame.byOnly) return pairedItem(byFrame, n);
  // "Compared with TensorRT-LLM, it improves the throughput of Llama-3-8B by 1.2x": the comparison names the baseline, "of" only what was measured.
  const comparison = trailingFrame(sentence, frames, n, numbers) ?? leadingFrame(frames, n);
  if (byFrame) return comparison ? pairedItem(comparison, n) : pairedItem(byFrame, n);
  const gapBefore = sentence.slice(index > 0 ? numbers[index - 1]!.end : 0, n.start);
  const continued = index > 0 ? CONTINUED_BY.exec(gapBefore) : null;
  const earlierBy = continued ? frames.findLast((f) => f.byNumberAt !== undefined && f.byNumberAt < n.start) : undefined;
  if (continued && earlierBy) {
    // "… of DeiT-S by 34.7% and improves its throughput by 45.3%": a pronoun or a new verb keeps the earlier baseline.
    const phrase = continued[1]!;
    return /\b(?:its|their)\b|^\w+s\s/i.test(phrase) ? firstItem(earlierBy) : cleanItem(phrase.replace(LEADING_ARTICLE, "the "));
  }
  const trailing = trailingFrame(sentence, frames, n, numbers);
  if (trailing) return pairedItem(trailing, n);
  // "improves the latency of BERTbase by 4.8x with less than 0.75% accuracy drop": what the clause measured stays its baseline.
  const leading = leadingFrame(frames, n) ?? leadingFrame(frames, n, false);
  if (leading) return pairedItem(leading, n);
  // "2.6x speedup over FlashAttention-2 and up to 8.33x for long contexts": a number coordinated right after a frame shares it.
  const coordinated = frames.findLast((f) => f.end <= n.start && (COORDINATED_AFTER_FRAME.test(sentence.slice(f.end, n.start)) || CONJOINED_VERB_AFTER_FRAME.test(sentence.slice(f.end, n.start))));
  if (coordinated) return firstItem(coordinated);
  // "… by 2.52x relative to an A100 while consuming only 48.1% of the energy": the "while" clause keeps the comparison.
  // "… compared to HoVLE, while the hybrid achieves 13.5x speedup and 60.2% memory savings": every number of that clause.
  const shared = frames.findLast((f) => {
    const first = numbers.find((o) => o.start >= f.end);
    return first !== undefined && first.start <= n.start && WHILE_CLAUSE.test(sentence.slice(f.end, first.start)) && !/;/.test(sentence.slice(first.start, n.start));
  });
  if (shared) return pairedItem(shared, n);
  // "a model size reduction of 28.9x, while maintaining test accuracy comparable to the original Vision Transformer".
  const kept = frames.find((f) => f.markerStart > n.end && KEEPS_QUALITY_OF.test(sentence.slice(n.end, f.markerStart)));
  if (kept) return firstItem(kept);
  // "… over ordinary decoding, and Medusa-2 raises the speedup to 2.3-3.6x": the same comparison, pushed further.
  const raised = SAME_COMPARISON_BEFORE.test(sentence.slice(Math.max(0, n.start - 60), n.start)) ? frames.findLast((f) => f.end <= n.start && !f.byOnly) : undefined;
  if (raised) return firstItem(raised);
  // "reduces HuBERT's size by 75%": the named owner of the measure reduced is the baseline.
  const owner = OWNER_OF_MEASURE_BEFORE.exec(sentence.slice(Math.max(0, n.start - 60), n.start))?.[1];
  if (owner) return owner;
  // "runs 5.2x faster than its floating-point counterpart and uses 31.7x less memory, at an accuracy cost of 2%":
  // later claims of the same subject, with no comparison of their own, keep the sentence's comparison.
  const earlier = frames.findLast((f) => f.end <= n.start && !f.byOnly && !f.leading && !NOT_A_NAME.test(f.phrase));
  return earlier && !NEW_SUBJECT_BETWEEN.test(sentence.slice(earlier.end, n.start)) ? firstItem(earlier) : undefined;
}
/** A clause with a subject or a setting of its own, or a sentence break, between a frame and a later number. */
const NEW_SUBJECT_BETWEEN = /;|,\s*(?:while|whereas|but)\s|,\s*and\s+(?:the|its|our|this|these|they|for|on|in|with)\s|\b(?:which|where)\b/i;
/** "comparable performance with nearly no performance drop (<": a phrase holding a bound or a share names no baseline to carry. */
const NOT_A_NAME = /[(<%]/;
const OWNER_OF_MEASURE_BEFORE = /\b([A-Z][\w.]*(?:-[\w.]+)*)['’]s\s+(?:[\w-]+\s+){1,3}by\s+(?:up to\s+|about\s+|around\s+|nearly\s+|over\s+)?$/;
const SAME_COMPARISON_BEFORE = /\b(?:rais|push|bring|brought|increas|extend|lift)\w*\s+(?:the|this|its|their)\s+(?:speed-?ups?|gains?|improvements?|advantage|reduction|savings?)\s+(?:further\s+)?to\s+(?:up to\s+|about\s+|nearly\s+|over\s+)?$/i;

/** The comparison frame that closes the clause after the number, unless a frame opening a new clause comes first. */
const RELATIVE_CLAUSE = /,\s*(?:which|that)\s/i;
const NEW_CLAUSE_WITH_SUBJECT = /(?:,\s*(?:and|while|whereas|but)|;)\s+(?:(?:on|in|at|for|with)\s+[^,;]{1,50}?\s+)?(?:the|its|our|this|these|it|they)\b/i;
const CONSEQUENCE_CLAUSE = /,?\s(?:so that|such that|so as to|enabling|allowing|making it possible)\s/i;
function trailingFrame(sentence: string, frames: BaselineFrame[], n: SentenceNumber, numbers: SentenceNumber[]): BaselineFrame | undefined {
  return frames.find(
    (f) =>
      !f.leading &&
      !f.byOnly &&
      f.markerStart > n.end &&
      !frames.some((g) => g.leading && g.markerStart > n.end && g.markerStart < f.markerStart) &&
      // "… 1.72x on average; and on a VU9P FPGA it reaches 1.5x the performance of OpenCL baselines": a frame after a semicolon is the next clause's.
      !sentence.slice(n.end, f.markerStart).includes(";") &&
      // "… by 95%, so that networks far larger than the card's memory become trainable": a clause of consequence compares something else.
      !CONSEQUENCE_CLAUSE.test(sentence.slice(n.end, f.markerStart)) &&
      // "3.05x-4.26x, which is 20%-40% faster than EAGLE-1": a relative clause's frame belongs to its own number.
      !numbers.some((o) => o.group !== n.group && o.start > n.end && o.end <= f.markerStart && RELATIVE_CLAUSE.test(sentence.slice(n.end, o.start))) &&
      // "… lowers latency by a factor of 850, and the fixed-point model loses 0.4% relative to the floating-point model": the next clause's frame is its own number's.
      !numbers.some((o) => o.group !== n.group && o.start > n.end && o.end <= f.markerStart && NEW_CLAUSE_WITH_SUBJECT.test(sentence.slice(n.end, o.start))),
  );
}

/** The last comparison frame before the number that opens its clause ("Compared with X, …"). */
function leadingFrame(frames: BaselineFrame[], n: SentenceNumber, comparisonsOnly = true): BaselineFrame | undefined {
  // A frame opening the sentence governs past a semicolon ("Compared with a GPU-only approach, …; … as much as 79.3%").
  return frames.findLast((f) => f.leading && !(comparisonsOnly && f.byOnly) && f.end <= n.start);
}

/**
 * "Compared with LLaVA, … . It reduces FLOPs by 54%": a sentence that names no baseline of its
 * own compares against the last one the previous sentence named.
 */
/** A sentence that goes on from the one before ("It also …", "Moreover, …", "Specifically, …"). */
const CONTINUES_PREVIOUS = /^\W{0,3}(?:it|they|this|these|its|their|such|here|moreover|furthermore|additionally|in addition|also|similarly|specifically|in particular|likewise|meanwhile|besides|notably|for instance|for example|e\.g\.|alternatively|consequently|as a result|thereby|hence|therefore|thus|[A-Z][\w-]*\s+(?:thus|also|further|therefore|additionally))\b/i;

/** "these systems", "those baselines": a phrase that points back to the sentence before. */
export const ANAPHOR = /^(?:these|those|such|both|all these|all those)\s+(?:[\w-]+\s+)?(?:systems|baselines|methods|frameworks|approaches|works|engines|solutions|implementations)$/i;

/** "that GPU", "the same CPU": one thing the sentence before compared against, named by its head noun. */
const DEMONSTRATIVE = /^(?:that|this|the same)\s+([\w-]+)$/i;

/** The comparison the sentence before makes, as one phrase ("KServe, Ray Serve and a Ray Serve variant"). */
export function anaphorBaseline(previousSentence: string | undefined, anaphor = ""): string | undefined {
  if (!previousSentence) return undefined;
  const frames = findFrames(previousSentence, []);
  const head = DEMONSTRATIVE.exec(anaphor)?.[1];
  // "… than a GPU in a comparable 12-nm technology. It also delivers 22x lower latency than that GPU."
  const last = head ? frames.findLast((f) => new RegExp(`\\b${head}s?\\b`, "i").test(f.phrase)) : frames.findLast((f) => f.byNumberAt === undefined);
  return last ? cleanItem(last.phrase) : undefined;
}

export function isAnaphor(baseline: string): boolean {
  return ANAPHOR.test(baseline) || DEMONSTRATIVE.test(baseline);
}

/** "At an area overhead of 4.49%, it also improves …": a pronoun subject after an opening phrase goes on from the sentence before too. */
const PRONOUN_AFTER_OPENING = /^[^,;]{0,60},\s+(?:it|they)\s+(?:also|further|additionally|still)\s/i;

export function carriedBaseline(previousSentence: string | undefined, sentence: string, count: number): ((index: number) => string) | undefined {
  if (!previousSentence || !(CONTINUES_PREVIOUS.test(sentence) || PRONOUN_AFTER_OPENING.test(sentence))) return undefined;
  const frames = findFrames(previousSentence, []).filter((f) => f.byNumberAt === undefined || f.phrase.length <= MAX_BY_ONLY_CHARS);
  const last = frames.at(-1);
  if (!last) return undefined;
  // "We compare with vLLM and TensorRT-LLM. It achieves 2.1x and 1.4x higher throughput, respectively."
  const paired = count >= 2 && /\brespectively\b/i.test(sentence) ? last.items.length === count : false;
  const first = firstItem(last);
  return (index) => (paired ? cleanItem(last.items[index]!) : first);
}
