import { execAll } from "./exec-all";
import { withPlatform } from "./baseline-platform";
import {
  BY_SOON,
  EXAMPLES,
  LIST_SPLIT,
  MARKER_SCAN,
  MAX_BY_ONLY_CHARS,
  MAX_LISTED_PHRASE_CHARS,
  MAX_PHRASE_CHARS,
  MEASURE_OF_BEFORE,
  MEASURE_TAIL,
  NUMBER_IN_NAME,
  NOT_A_BASELINE,
  PHRASE_STOP,
  PROCESS_ACCELERATED,
  QUALITY_WORD_AFTER,
} from "./baseline-frame-words";

/*
 * Comparison frames of a sentence: where "over X", "than X", "compared with X", "against X",
 * "beats X by" open, the noun phrase each names (trimmed at the next clause boundary), its list
 * items, and whether it opens its clause or belongs to the number right after it. The frame
 * words are one table (baseline-frame-words.ts); baseline.ts assigns the frames to numbers,
 * hardware-mentions.ts uses them to tell a baseline's hardware from the target's.
 */

export interface BaselineFrame {
  /** Offsets in the sentence: the marker's start, the phrase's start and end. */
  markerStart: number;
  start: number;
  end: number;
  phrase: string;
  items: string[];
  /** The frame opens its clause ("Compared with X, …"), so it governs the numbers after it. */
  leading: boolean;
  /** The frame ends right before "by <number>": it belongs to that number. */
  byNumberAt?: number;
  /** Opened by "of" or "accelerates" ("the throughput of Llama-3-8B by 1.2x"): it names what was measured, so a comparison frame of the clause comes first. */
  byOnly?: boolean;
}

function clauseStart(sentence: string, at: number): number {
  const head = sentence.slice(0, at);
  const boundary = Math.max(head.lastIndexOf(";"), head.lastIndexOf(", and "), head.lastIndexOf(", while "), head.lastIndexOf(", but "));
  return boundary < 0 ? 0 : boundary;
}

/** A frame word of a sentence and the phrase after it up to its stop: what a frame is before the sentence's numbers cut it. */
interface MarkedPhrase {
  marker: RegExpExecArray;
  byOnly: boolean;
  start: number;
  phrase: string;
  byNumber?: number;
}

function markedPhrase(sentence: string, marker: RegExpExecArray): MarkedPhrase | undefined {
  const start = marker.index + marker[0].length;
  // A list of examples may run long ("frameworks, such as PyTorch JIT, TensorFlow XLA, … and NVIDIA FasterTransformer, by 87%, …"): the stop is looked for further than a phrase without one may run.
  const rest = sentence.slice(start, start + MAX_LISTED_PHRASE_CHARS);
  const stop = PHRASE_STOP.exec(rest);
  const untrimmed = trimCommas((stop ? rest.slice(0, stop.index) : rest.slice(0, MAX_PHRASE_CHARS)).trim());
  // "over a Xeon CPU and by 7.7x over a Titan Xp GPU": a phrase ending in a conjunction was cut where a new coordinated claim starts, so it names no number after it.
  const dangling = DANGLING_WORD.exec(untrimmed);
  const written = dangling ? untrimmed.slice(0, dangling.index) : untrimmed;
  const hosted = withPlatform(rest, written);
  const phrase = hosted?.phrase ?? written;
  // "compared to the inference of FP16": the measure in front is no reason to drop the baseline after it.
  if (phrase.length < 2 || NOT_A_BASELINE.test(phrase.slice(MEASURE_OF_BEFORE.exec(phrase)?.[0].length ?? 0))) return undefined;
  // "beats TPU v3 by 2.1x": the noun phrase right before "by"; a clause in between ("X, latency drops by") is not one.
  const byNumber = !hosted && !dangling && stop && /^\s+by\s/i.test(stop[0]) && !/margin$/i.test(stop[0]) && !phrase.includes(",") ? start + stop.index + stop[0].length - 1 : undefined;
  return { marker, byOnly: marker[2] !== undefined, start: start + (hosted?.offset ?? 0), phrase, ...(byNumber !== undefined ? { byNumber } : {}) };
}


const APPOSITION = /^[^,]+,\s+(?:the|a|an)\s+[a-z][^,]*$/;

// "… higher than state-of-the-art systems can, while …": a trailing auxiliary is no part of the name either.
const DANGLING_WORD = /,?\s+(?:and|or|but|while|can|could|do|does|did|would|will)$/i;

function frameAt(sentence: string, marked: MarkedPhrase, numberStarts: number[]): BaselineFrame | undefined {
  const { marker, start, byNumber } = marked;
  let phrase = marked.phrase;
  const end = start + phrase.length;
  // A phrase never runs over a claim's number: "over 2x" is a qualifier, not a baseline.
  if (numberStarts.some((n) => n >= start && n < end)) {
    const cut = Math.min(...numberStarts.filter((n) => n >= start && n < end)) - start;
    // "FlashAttention-2 and up to 3x": the words before the next number are no part of the name.
    phrase = (" " + phrase.slice(0, cut).trim()).replace(/(?:[,\s]+(?:and|or|of|with|up to|about|around|nearly|approximately|roughly|almost|only|just|a|an|over|more than|at least|by|an average of))*[,\s]*$/i, "").trim();
    if (phrase.length < 2) return undefined;
  }
  // "MobileViT2-2.0)": a parenthesis the phrase did not open closes an aside around it.
  const close = phrase.indexOf(")");
  if (close >= 0 && !phrase.slice(0, close).includes("(")) phrase = phrase.slice(0, close).trim();
  if (phrase.length < 2) return undefined;
  // "matches the accuracy of the dense model": the baseline is the model, not its measure.
  const measureOf = MEASURE_OF_BEFORE.exec(phrase)?.[0].length ?? 0;
  phrase = phrase.slice(measureOf);
  const listed = EXAMPLES.exec(phrase);
  const split = (listed ? phrase.slice(listed.index + listed[0].length) : phrase)
    .replace(/^both\s+/i, "")
    .split(LIST_SPLIT)
    .map((s) => s.replace(QUALITY_WORD_AFTER, "").trim())
    .filter(Boolean);
  // "compared with HeadKV, the state-of-the-art KV cache compression method": a name and its apposition are one item.
  const items = split.length === 2 && APPOSITION.test(phrase) && /[A-Z\d]/.test(split[0]!) ? split.slice(0, 1) : split;
  // "…, and satisfies … for 96% of the requests, when compared with X": "when compared" after every claimed number closes the sentence, it opens nothing.
  const closesSentence = /^when compared/i.test(marker[0]) && numberStarts.length > 0 && !numberStarts.some((n) => n > marker.index!);
  const opens = !closesSentence && !numberStarts.some((n) => n >= clauseStart(sentence, marker.index!) && n < marker.index!);
  return {
    markerStart: marker.index!,
    start: start + measureOf,
    end: start + measureOf + phrase.length,
    phrase,
    items,
    leading: opens,
    ...(byNumber !== undefined ? { byNumberAt: byNumber } : {}),
  };
}

/** "beats the Jetson Orin by 1.90x and an RTX 4090 by 9.83x": the next noun phrase before "by" continues the frame. */
const CONTINUED_FRAME = /^[^,;]{0,50}?\s(?:and|while|but)\s+((?:the |a |an )?[^,;]{1,60}?)\s+by\s+(?:up to |about |around |nearly |over |more than |at least )*[\d~]/i;

function continuedFrame(sentence: string, frame: BaselineFrame): BaselineFrame | undefined {
  const from = frame.byNumberAt!;
  const m = CONTINUED_FRAME.exec(sentence.slice(from, from + 120));
  if (!m || /\b(?:its|their)\b|^\w+s\s/i.test(m[1]!) || MEASURE_TAIL.test(m[1]!)) return undefined;
  const start = from + m.index + m[0].indexOf(m[1]!, m[0].length - m[1]!.length - 40);
  const phrase = m[1]!;
  return { markerStart: start, start, end: start + phrase.length, phrase, items: [phrase], leading: false, byNumberAt: from + m[0].length - 1 };
}

/** Trailing commas and spaces off; an end-anchored regex would be retried at every position. */
function trimCommas(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === "," || /\s/.test(text[end - 1]!))) end--;
  return text.slice(0, end);
}

/*
 * The frames of a sentence are asked for by hardware (which mentions are the baseline's), by
 * baselines and by the next sentence's carried baseline: the last few answers are kept, keyed
 * by the sentence and its numbers, so a sentence is scanned once. Pure, so a hit is the same answer.
 */
const RECENT_FRAMES: { key: string; sentence: string; frames: BaselineFrame[] }[] = [];
const RECENT_LIMIT = 8;

export function findFrames(sentence: string, numberStarts: number[]): BaselineFrame[] {
  const key = numberStarts.join(",");
  const hit = RECENT_FRAMES.find((r) => r.key === key && r.sentence === sentence);
  if (hit) return hit.frames;
  const frames = scanFrames(sentence, numberStarts);
  RECENT_FRAMES.unshift({ key, sentence, frames });
  if (RECENT_FRAMES.length > RECENT_LIMIT) RECENT_FRAMES.pop();
  return frames;
}

/*
 * The frame words and their phrases do not depend on the numbers: a sentence asked for with
 * different numbers (hardware asks with none, baselines with the claims') is scanned once.
 */
const TRADE_OFF_BEFORE = /\b(?:balanc|trad(?:e|es|ing) off|weigh)\w*\b[^,;]{0,60}$/i;
const RECENT_MARKED: { sentence: string; marked: MarkedPhrase[] }[] = [];

const NUMBER_OPENS = new RegExp(String.raw`^(?:up to |about |nearly )?[\d$~∼]${NUMBER_IN_NAME}`);

function markedPhrases(sentence: string): MarkedPhrase[] {
  const hit = RECENT_MARKED.find((r) => r.sentence === sentence);
  if (hit) return hit.marked;
  const marked: MarkedPhrase[] = [];
  for (const marker of execAll(MARKER_SCAN, sentence)) {
    // "balancing task-level against data-level parallelism": a trade-off, not a comparison.
    if (/^against\s+$/i.test(marker[0]) && TRADE_OFF_BEFORE.test(sentence.slice(0, marker.index))) continue;
    // "over 3x", "more than 2x": qualifiers, not frames.
    // "than 16-bit baselines", "than 3D-GS", "than 3DGS" are frames: the number there is part of a name (a size in GB is not).
    if (/^(?:over|than)\s+$/i.test(marker[0]) && NUMBER_OPENS.test(sentence.slice(marker.index + marker[0].length))) continue;
    // "of" is everywhere: it opens a frame only with "by <number>" close after it, so look for that before reading the phrase.
    if (marker[2] !== undefined && !BY_SOON.test(sentence.slice(marker.index + marker[0].length, marker.index + marker[0].length + MAX_BY_ONLY_CHARS + 12))) continue;
    const phrase = markedPhrase(sentence, marker);
    if (phrase) marked.push(phrase);
  }
  RECENT_MARKED.unshift({ sentence, marked });
  if (RECENT_MARKED.length > RECENT_LIMIT) RECENT_MARKED.pop();
  return marked;
}

function scanFrames(sentence: string, numberStarts: number[]): BaselineFrame[] {
  const frames: BaselineFrame[] = [];
  for (const marked of markedPhrases(sentence)) {
    const byOnly = marked.byOnly;
    const frame = frameAt(sentence, marked, numberStarts);
    if (!frame) continue;
    // "the latency of a single MoE layer by 2x": an indefinite phrase is what was measured, not a baseline.
    if (byOnly && (frame.byNumberAt === undefined || frame.phrase.length > MAX_BY_ONLY_CHARS || /^an?\s/i.test(frame.phrase) || /,|\b(?:is|are|was|were|be|been|can|could|will)\b/i.test(frame.phrase) || PROCESS_ACCELERATED.test(frame.phrase) || MEASURE_TAIL.test(frame.phrase))) continue;
    if (byOnly) frame.byOnly = true;
    frames.push(frame);
    for (let next = frame.byNumberAt !== undefined ? continuedFrame(sentence, frame) : undefined; next; next = continuedFrame(sentence, next)) frames.push(byOnly ? { ...next, byOnly: true } : next);
  }
  return frames.sort((a, b) => a.markerStart - b.markerStart);
}

