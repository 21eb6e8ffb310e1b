import { execAll } from "./exec-all";

/*
 * Comparison frames of a sentence: where "over X", "than X", "compared with X", "against X",
 * "beats X by" open, the noun phrase each names (trimmed at the next clause boundary), its list
 * items, and whether it opens its clause or belongs to the number right after it. One table of
 * frame words; baseline.ts assigns the frames to numbers, hardware.ts uses them to tell a
 * baseline's hardware from the target's.
 */
/** The words that open a comparison frame, one row each; the scan regex is built from them. */
const FRAME_MARKERS = [
  "compared (?:to|with|against)",
  // "We compare our system with vLLM and TensorRT-LLM. It achieves …": the next sentence's baseline.
  "compar(?:e|es|ing) (?:it|them|our [\\w-]+|the proposed [\\w-]+|[A-Z][\\w-]*) (?:to|with|against)",
  "in comparison (?:to|with)",
  "when compared (?:to|with)",
  "relative to",
  "with respect to",
  "versus",
  // "in real time on CPUs instead of GPUs": the alternative is the baseline.
  "instead of",
  "rather than",
  "vs\\.?",
  "against",
  "over",
  "than",
  "that of",
  "those of",
  "outperform(?:s|ed|ing)?",
  "beat(?:s|ing)?",
  "surpass(?:es|ed|ing)?",
  "exceed(?:s|ed|ing)?",
  "comparable (?:performance |accuracy |quality |results )?(?:to|with)",
  "on par with",
  "competitive (?:performance |accuracy |quality )?(?:with|to)",
  "similar (?:performance |accuracy |quality )?(?:to|as)",
  "(?:the )?same (?:performance|accuracy|quality|results?|perplexity|scores?) as",
  "match(?:es|ed|ing)?",
  // "four times as fast as ConvNeXt", "3x as efficient as the GPU".
  "as (?:fast|efficient|large|small|much|many|high|low|long|accurate) as",
  "as (?:much|many|little|few) [\\w-]+ as",
  // "0.53× the speed of an RTX 3090", "2× the throughput of FlexGen": a multiple of the baseline's measure.
  "(?<=(?:×\\}?|\\btimes|\\bhalf|\\btwice)\\s)the (?:[\\w-]+ ){1,2}?of",
  // "2× convergence speed of FiT": the same without the article, when a measure word names what is multiplied.
  "(?<=(?:×|\\btimes)\\s)(?:[\\w-]+ )?(?:speed|throughput|latency|memory|energy|efficiency|performance|accuracy|cost) of",
  // "1.8 points below the FP16 model", "0.4% above GPTQ": a difference placed against the baseline.
  "(?<=(?:\\bpoints?|\\bpp|%)\\s)(?:below|above|behind|ahead of|short of)",
];
/** Words that name a baseline only as the object of "… by N": "the FLOPs of DeiT-S by 34.7%", "accelerates SD by 41%". */
const BY_ONLY_MARKERS = ["of", "accelerat(?:es|ed|ing)"];
export const MAX_BY_ONLY_CHARS = 50;
const BY_SOON = /\sby\s/i;
const MARKER_SCAN = new RegExp(`\\b(?:(${FRAME_MARKERS.join("|")})|(${BY_ONLY_MARKERS.join("|")}))\\s+`, "gi");

/** Where a baseline's noun phrase ends. */
const PHRASE_STOP = new RegExp(
  [
    String.raw`[;:]`,
    String.raw`\.(?:\s|$)`,
    String.raw`\s\(?(?:e\.g\.|i\.e\.|see)`,
    String.raw`,?\s+respectively\b`,
    // "over Medusa and 1.3% higher acceptance": a number the rules did not keep still ends the name.
    String.raw`,?\s+and\s+(?:up to |about |nearly |over )?\d[\d.,]*\s?(?:%|×|x\b|times\b)`,
    String.raw`\s+by\s+(?:up to |about |around |nearly |over |more than |at least |roughly |an average of |a factor of |\$)*[\d~∼≈$]`,
    String.raw`\s+by\s+(?:a|an)\s+(?:large|wide|clear|significant|considerable|substantial|notable|big)\s+margin`,
    String.raw`,?\s+(?:while|whereas|but|which|who|where|when|within|with|without|on(?!-)|in(?!-)|at|for|across|under|using|through|via|during|thanks|because|since|it|they|we|and (?:achiev|reduc|deliver|improv|provid|offer|us|requir|consum|maintain|retain|keep|cut|lower|rais|boost|attain|reach|sav|run|yield|obtain|enabl|accelerat|speed|ha|is|are)\w*)\b`,
    String.raw`,\s+(?:[A-Z][\w-]*\s+)?(?:achiev|reduc|deliver|improv|provid|offer|outperform|reach|run|attain|sav|cut|lower|yield|bring)\w*\b`,
    String.raw`,\s+(?:our|the proposed|this|its|their|both)\b`,
    // "Compared with an Nvidia T4, the FPGA implementation achieves …": a subject and its verb open the main clause.
    String.raw`,\s+the\s+(?:[\w-]+\s+){0,3}?(?:achiev|deliver|reach|attain|obtain|provid|offer|yield|runs\b|outperform|reduc|improv|accelerat|consum|requir|retain|maintain|keep|is\b|are\b)`,
    String.raw`,\s+[A-Z][\w-]*(?:\s+[\w-]+)?\s+(?:is|are|was|were|has|have|can|could|will|runs?|needs?|uses?|requires?|gets?|stays?|remains?)\b`,
    // ", NEO raises throughput": a name and a verb open the main clause.
    String.raw`,\s+[A-Z][\w-]*\s+(?!models\b|systems\b|kernels\b|baselines\b|GPUs\b|CPUs\b)[a-z]{3,}s\b`,
    String.raw`,?\s+and\s+(?:its|their|our|it|they|we|this|the proposed)\b`,
  ].join("|"),
  "i",
);
export const MAX_PHRASE_CHARS = 100;
const MAX_LISTED_PHRASE_CHARS = 200;
/** "X, Y and Z" → items; "the CPU and GPU baselines" stays one phrase unless a list is needed. */
export const LIST_SPLIT = /\s*,\s*(?:and\s+|or\s+|as well as\s+)?|\s+(?:and|or|as well as)\s+/i;
export const LEADING_ARTICLE = /^(?:the|a|an)\s+/i;
/** "baseline systems such as FlexGen and vLLM": the examples are the list. */
const EXAMPLES = /,?\s+(?:such as|like|including|e\.g\.,?)\s+/i;
/** "matches both EfficientNet and ResNeSt accuracy": the measure word is not part of the name. */
export const QUALITY_WORD_AFTER = /\s+(?:accuracy|performance|quality|results?)$/i;
/** "matches the accuracy of the dense model": the measure in front names whose it is, not the baseline. */
/** Words that name what is measured, not whose it is: one list for "the accuracy of X" and for a reference that is only a measure. */
const MEASURE_WORDS = "accuracy|performance|quality|results?|scores?|perplexity|speed|throughput|latency|time|efficiency|energy|power|FLOPs|MACs|memory|parameters?|compute|computation(?:al complexity)?|complexity|costs?|footprint|storage|size|data|weights|KV cache|inference|execution|training|runtime";
export const MEASURE_OF_BEFORE = new RegExp(`^(?:the\\s+)?(?:[\\w@-]+\\s+)?(?:${MEASURE_WORDS})\\s+of\\s+(?=\\S)`, "i");
/** "the parameters and computational complexity", "99% of accuracy": a measure alone (or two) names no reference. */
export const MEASURE_ONLY = new RegExp(`^(?:the\\s+)?(?:[\\w-]+\\s+)?(?:${MEASURE_WORDS})(?:\\s+and\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?(?:${MEASURE_WORDS}))?(?:\\s+(?:improvements?|gains?|reductions?|drops?))?$`, "i");
/** Phrases that are no baseline: the frame word was used in another sense, or names the measure ("accelerates the execution of X by"). */
const NOT_A_BASELINE = /^(?:the )?(?:execution|inference|training|fine-tuning|finetuning|pre-training|pretraining|computation|decoding|prefill|generation|sampling|processing|runtime|latency|throughput)\b(?!-)|^(?:\d|time\b|the (?:course|years?|past|last|entire|whole)\b|a (?:wide|broad|range|variety|set|number)\b|\w+ (?:benchmarks?|datasets?|tasks?|workloads?|settings?|models? sizes?)$)|^(?:previous|prior) (?:years?|decades?)|\b(?:benchmarks?|datasets?)$/i;

/** "the number of floating-point operations by 42%", "an order of magnitude and memory by 4x": a phrase ending in a measure is what was measured. */
const MEASURE_TAIL = new RegExp(`\\b(?:${MEASURE_WORDS}|operations|FLOPS|magnitude|tokens)$`, "i");
/** "accelerates LLM inference by 2.6x": what is accelerated is a process, not a baseline. */
const PROCESS_ACCELERATED = /^[\w-]+ (?:inference|training|fine-tuning|decoding|generation|serving|prefill(?:ing)?|sampling|execution|computation)$/i;

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
  const phrase = trimCommas((stop ? rest.slice(0, stop.index) : rest.slice(0, MAX_PHRASE_CHARS)).trim());
  // "compared to the inference of FP16": the measure in front is no reason to drop the baseline after it.
  if (phrase.length < 2 || NOT_A_BASELINE.test(phrase.slice(MEASURE_OF_BEFORE.exec(phrase)?.[0].length ?? 0))) return undefined;
  // "beats TPU v3 by 2.1x": the noun phrase right before "by"; a clause in between ("X, latency drops by") is not one.
  const byNumber = stop && /^\s+by\s/i.test(stop[0]) && !/margin$/i.test(stop[0]) && !phrase.includes(",") ? start + stop.index + stop[0].length - 1 : undefined;
  return { marker, byOnly: marker[2] !== undefined, start, phrase, ...(byNumber !== undefined ? { byNumber } : {}) };
}

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
  const items = (listed ? phrase.slice(listed.index + listed[0].length) : phrase)
    .replace(/^both\s+/i, "")
    .split(LIST_SPLIT)
    .map((s) => s.replace(QUALITY_WORD_AFTER, "").trim())
    .filter(Boolean);
  const opens = !numberStarts.some((n) => n >= clauseStart(sentence, marker.index!) && n < marker.index!);
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

function markedPhrases(sentence: string): MarkedPhrase[] {
  const hit = RECENT_MARKED.find((r) => r.sentence === sentence);
  if (hit) return hit.marked;
  const marked: MarkedPhrase[] = [];
  for (const marker of execAll(MARKER_SCAN, sentence)) {
    // "balancing task-level against data-level parallelism": a trade-off, not a comparison.
    if (/^against\s+$/i.test(marker[0]) && TRADE_OFF_BEFORE.test(sentence.slice(0, marker.index))) continue;
    // "over 3x", "more than 2x": qualifiers, not frames.
    if (/^(?:over|than)\s+$/i.test(marker[0]) && /^(?:up to |about |nearly )?[\d$~∼]/.test(sentence.slice(marker.index + marker[0].length))) continue;
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

