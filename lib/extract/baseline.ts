/*
 * Baselines: what each claim of a sentence is compared against. A sentence's comparison
 * frames ("over X", "than X", "compared with X", "against X", "beats X by") are found once;
 * each frame's phrase is trimmed to a noun phrase and split into its list items. Claims then
 * take, in this order: a frame that ends right before their own number ("beats TPU v3 by
 * 2.1x"); the item at their position in a "respectively" list; the frame that closes their
 * clause after them; the nearest frame that opens a clause before them.
 */

/** The words that open a comparison frame, one row each; the scan regex is built from them. */
const FRAME_MARKERS = [
  "compared (?:to|with|against)",
  "in comparison (?:to|with)",
  "when compared (?:to|with)",
  "relative to",
  "with respect to",
  "versus",
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
  "similar (?:performance |accuracy |quality )?(?:to|as)",
  "match(?:es|ed|ing)?",
];
/** Words that name a baseline only as the object of "… by N": "the FLOPs of DeiT-S by 34.7%", "accelerates SD by 41%". */
const BY_ONLY_MARKERS = ["of", "accelerat(?:es|ed|ing)"];
const MAX_BY_ONLY_CHARS = 50;
const MARKER_SCAN = new RegExp(`\\b(?:(${FRAME_MARKERS.join("|")})|(${BY_ONLY_MARKERS.join("|")}))\\s+`, "gi");

/** Where a baseline's noun phrase ends. */
const PHRASE_STOP = new RegExp(
  [
    String.raw`[;:]`,
    String.raw`\.(?:\s|$)`,
    String.raw`\s\(?(?:e\.g\.|i\.e\.|see)`,
    String.raw`,?\s+respectively\b`,
    String.raw`\s+by\s+(?:up to |about |around |nearly |over |more than |at least |roughly |an average of |a factor of |\$)*[\d~∼≈$]`,
    String.raw`,?\s+(?:while|whereas|which|who|where|when|with|without|on|in|at|for|across|under|using|through|via|during|thanks|because|since|it|they|we|and (?:achiev|reduc|deliver|improv|provid|offer|us|requir|consum|maintain|retain|keep|cut|lower|rais|boost|attain|reach|ha|is|are)\w*)\b`,
    String.raw`,\s+(?:[A-Z][\w-]*\s+)?(?:achiev|reduc|deliver|improv|provid|offer|outperform|reach|run|attain)\w*\b`,
    String.raw`,\s+(?:our|the proposed|this|its|their|both)\b`,
    String.raw`,\s+[A-Z][\w-]*(?:\s+[\w-]+)?\s+(?:is|are|was|were|has|have|can|could|will|runs?|needs?|uses?|requires?|gets?|stays?|remains?)\b`,
    // ", NEO raises throughput": a name and a verb open the main clause.
    String.raw`,\s+[A-Z][\w-]*\s+(?!models\b|systems\b|kernels\b|baselines\b|GPUs\b|CPUs\b)[a-z]{3,}s\b`,
    String.raw`,?\s+and\s+(?:its|their|our|it|they|we|this|the proposed)\b`,
  ].join("|"),
  "i",
);
const MAX_PHRASE_CHARS = 100;
/** "X, Y and Z" → items; "the CPU and GPU baselines" stays one phrase unless a list is needed. */
const LIST_SPLIT = /\s*,\s*(?:and\s+|or\s+|as well as\s+)?|\s+(?:and|or|as well as)\s+/i;
const LEADING_ARTICLE = /^(?:the|a|an)\s+/i;
/** "baseline systems such as FlexGen and vLLM": the examples are the list. */
const EXAMPLES = /,?\s+(?:such as|like|including|e\.g\.,?)\s+/i;
/** "matches both EfficientNet and ResNeSt accuracy": the measure word is not part of the name. */
const QUALITY_WORD_AFTER = /\s+(?:accuracy|performance|quality|results?)$/i;
/** Phrases that are no baseline: the frame word was used in another sense. */
const NOT_A_BASELINE = /^(?:\d|time\b|the (?:course|years?|past|last|entire|whole)\b|a (?:wide|broad|range|variety|set|number)\b|\w+ (?:benchmarks?|datasets?|tasks?|workloads?|settings?|models? sizes?)$)|^(?:previous|prior) (?:years?|decades?)|\b(?:benchmarks?|datasets?)$/i;

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
}

function clauseStart(sentence: string, at: number): number {
  const head = sentence.slice(0, at);
  const boundary = Math.max(head.lastIndexOf(";"), head.lastIndexOf(", and "), head.lastIndexOf(", while "), head.lastIndexOf(", but "));
  return boundary < 0 ? 0 : boundary;
}

function frameAt(sentence: string, marker: RegExpMatchArray, numberStarts: number[]): BaselineFrame | undefined {
  const start = marker.index! + marker[0].length;
  const rest = sentence.slice(start, start + MAX_PHRASE_CHARS + 40);
  const stop = PHRASE_STOP.exec(rest);
  let phrase = (stop ? rest.slice(0, stop.index) : rest.slice(0, MAX_PHRASE_CHARS)).trim().replace(/[,\s]+$/, "");
  if (phrase.length < 2 || NOT_A_BASELINE.test(phrase)) return undefined;
  // "beats TPU v3 by 2.1x": the noun phrase right before "by"; a clause in between ("X, latency drops by") is not one.
  const byNumber = stop && /^\s+by\s/i.test(stop[0]) && !phrase.includes(",") ? start + stop.index + stop[0].length - 1 : undefined;
  const end = start + phrase.length;
  // A phrase never runs over a claim's number: "over 2x" is a qualifier, not a baseline.
  if (numberStarts.some((n) => n >= start && n < end)) {
    const cut = Math.min(...numberStarts.filter((n) => n >= start && n < end)) - start;
    phrase = phrase.slice(0, cut).trim().replace(/[,\s]+(?:and|or)?$/i, "");
    if (phrase.length < 2) return undefined;
  }
  const listed = EXAMPLES.exec(phrase);
  const items = (listed ? phrase.slice(listed.index + listed[0].length) : phrase)
    .replace(/^both\s+/i, "")
    .split(LIST_SPLIT)
    .map((s) => s.replace(QUALITY_WORD_AFTER, "").trim())
    .filter(Boolean);
  const opens = !numberStarts.some((n) => n >= clauseStart(sentence, marker.index!) && n < marker.index!);
  return {
    markerStart: marker.index!,
    start,
    end: start + phrase.length,
    phrase,
    items,
    leading: opens,
    ...(byNumber !== undefined ? { byNumberAt: byNumber } : {}),
  };
}

/** "beats the Jetson Orin by 1.90x and an RTX 4090 by 9.83x": the next noun phrase before "by" continues the frame. */
const CONTINUED_FRAME = /^[^,;]{0,30}?\s(?:and|while|but)\s+((?:the |a |an )?[^,;]{1,60}?)\s+by\s+(?:up to |about |around |nearly |over |more than |at least )*[\d~]/i;

function continuedFrame(sentence: string, frame: BaselineFrame): BaselineFrame | undefined {
  const from = frame.byNumberAt!;
  const m = CONTINUED_FRAME.exec(sentence.slice(from, from + 120));
  if (!m || /\b(?:its|their)\b|^\w+s\s/i.test(m[1]!)) return undefined;
  const start = from + m.index + m[0].indexOf(m[1]!, m[0].length - m[1]!.length - 40);
  const phrase = m[1]!;
  return { markerStart: start, start, end: start + phrase.length, phrase, items: [phrase], leading: false, byNumberAt: from + m[0].length - 1 };
}

export function findFrames(sentence: string, numberStarts: number[]): BaselineFrame[] {
  const frames: BaselineFrame[] = [];
  for (const marker of sentence.matchAll(MARKER_SCAN)) {
    // "over 3x", "more than 2x": qualifiers, not frames.
    if (/^(?:over|than)\s+$/i.test(marker[0]) && /^(?:up to |about |nearly )?[\d$~∼]/.test(sentence.slice(marker.index! + marker[0].length))) continue;
    const frame = frameAt(sentence, marker, numberStarts);
    const byOnly = marker[2] !== undefined;
    if (!frame) continue;
    if (byOnly && (frame.byNumberAt === undefined || frame.phrase.length > MAX_BY_ONLY_CHARS || /,|\b(?:is|are|was|were|be|been|can|could|will)\b/i.test(frame.phrase))) continue;
    frames.push(frame);
    for (let next = frame.byNumberAt !== undefined ? continuedFrame(sentence, frame) : undefined; next; next = continuedFrame(sentence, next)) frames.push(next);
  }
  return frames.sort((a, b) => a.markerStart - b.markerStart);
}

/** "…baselines DeiT-B by 0.3%": a by-frame continues through ", and X by N" after it. */
const CONTINUED_BY = /^\s*,?\s*(?:and|while|but)\s+((?:the |a |an )?[^,;]{1,60}?)\s+by\s+(?:up to |about |around |nearly |over |more than |at least |\$)*$/i;

export interface SentenceNumber {
  start: number;
  end: number;
  /** Which list of the sentence the number is in, and where in it. */
  group: number;
  item: number;
  groupSize: number;
  /** A share of a reference ("retains 90% performance of Llama3-8B", "within 4% of GPT-3"): the reference is the baseline. */
  reference?: boolean;
}

const REFERENCE_AFTER = /^\s?(?:\S+\s){0,3}?of\s+((?:the\s+)?[^,;.]{2,60})/i;
/** The end of a reference's noun phrase. */
const PHRASE_TAIL = /\s+(?:with|on|in|at|for|across|while|without|by|using|when|after)\b.*$/i;

function cleanItem(item: string): string {
  // "hand-optimized kernels such as QuantLLM": the example names the baseline.
  return item.replace(/^.*?\bsuch as\s+/i, "").replace(/\s*\($/, "").replace(/^(?:that|those) of\s+/i, "").replace(/^(?:a|an)\s+/i, "").trim();
}

/** One baseline per number of the sentence (undefined where none is named). */
export function assignBaselines(sentence: string, numbers: SentenceNumber[]): (string | undefined)[] {
  if (numbers.length === 0) return [];
  const frames = findFrames(sentence, numbers.map((n) => n.start));
  const respectively = /\brespectively\b/i.test(sentence);
  return numbers.map((n, index) => {
    if (respectively) {
      const aligned = alignRespectively(sentence, frames, n, index, numbers.length);
      if (aligned) return aligned;
    }
    if (n.reference) {
      const reference = REFERENCE_AFTER.exec(sentence.slice(n.end, n.end + 120));
      if (reference && !/^(?:its|their|his|her|the original|the full)\b/i.test(reference[1]!)) return cleanItem(reference[1]!.replace(PHRASE_TAIL, ""));
    }
    const byFrame = frames.find((f) => f.byNumberAt !== undefined && f.byNumberAt <= n.start && n.start - f.byNumberAt < 40 && !numbers.some((o) => o.start > f.end && o.start < n.start));
    if (byFrame) return firstItem(byFrame);
    const gapBefore = sentence.slice(index > 0 ? numbers[index - 1]!.end : 0, n.start);
    const continued = index > 0 ? CONTINUED_BY.exec(gapBefore) : null;
    const earlierBy = [...frames].reverse().find((f) => f.byNumberAt !== undefined && f.byNumberAt < n.start);
    if (continued && earlierBy) {
      // "… of DeiT-S by 34.7% and improves its throughput by 45.3%": a pronoun or a new verb keeps the earlier baseline.
      const phrase = continued[1]!;
      return /\b(?:its|their)\b|^\w+s\s/i.test(phrase) ? firstItem(earlierBy) : cleanItem(phrase.replace(LEADING_ARTICLE, "the "));
    }
    // The frame that closes the clause after the number, unless a frame opening a new clause comes first.
    const trailing = frames.find((f) => !f.leading && f.markerStart > n.end && !frames.some((g) => g.leading && g.markerStart > n.end && g.markerStart < f.markerStart));
    if (trailing) return firstItem(trailing);
    const leading = [...frames].reverse().find((f) => f.leading && f.end <= n.start);
    return leading ? firstItem(leading) : undefined;
  });
}

function firstItem(frame: BaselineFrame): string {
  // An apposition ("Energon, the state-of-the-art co-processor") names the baseline first.
  const head = frame.phrase.split(/\s*,\s*/)[0]!;
  return cleanItem(head);
}

/** The list a frame names up to "respectively" ("on CPU-only, CPU-GPU and CPU-FPGA platforms, respectively"). */
function itemsThroughRespectively(sentence: string, frame: BaselineFrame): string[] | undefined {
  const rest = sentence.slice(frame.start, frame.start + MAX_PHRASE_CHARS + 60);
  const end = /,?\s+respectively\b/i.exec(rest);
  // A list of names, not a stretch of the sentence holding the claims themselves.
  if (!end || /\d\s?[×%]/.test(rest.slice(0, end.index))) return undefined;
  return rest.slice(0, end.index).replace(/^both\s+/i, "").split(LIST_SPLIT).map((s) => s.trim()).filter(Boolean);
}

/** "the CPU and GPU baselines": a plural head noun after the last item's one word. */
const SHARED_HEAD = /^(?:the\s+)?[\w-]+\s+((?!(?:is|was|has|does|its|this|thus|as|us|plus)$)[\w-]{3,}s)$/i;

/** The item at `position` of a list of `size`, with a shared head noun spread over its items ("the CPU and GPU baselines"). */
function itemAt(items: string[], size: number, position: number): string | undefined {
  // "three leading frameworks, TensorFlow Lite, TVM and MNN": the head noun names the list.
  const listed = items.length === size + 1 ? items.slice(1) : items;
  if (listed.length !== size) return undefined;
  const item = listed[position]!;
  const sharedHead = SHARED_HEAD.exec(listed.at(-1)!)?.[1];
  if (sharedHead && position < size - 1 && !/\s/.test(item.replace(LEADING_ARTICLE, ""))) {
    return `${item} ${sharedHead.replace(/s$/, "")}`.replace(LEADING_ARTICLE, "");
  }
  return cleanItem(position === size - 1 && sharedHead ? item.replace(/s$/, "") : item);
}

/**
 * "4x, 19x and 18x … relative to OuterSPACE, MKL and cuSPARSE, respectively": the i-th number of
 * a list takes the i-th item; numbers not written as one list ("over 100x and over 1000x … the
 * CPU and GPU baselines, respectively") align by their order in the sentence.
 */
function alignRespectively(sentence: string, frames: BaselineFrame[], n: SentenceNumber, index: number, total: number): string | undefined {
  const byDistance = [...frames].sort((a, b) => Math.abs(a.start - n.start) - Math.abs(b.start - n.start));
  for (const frame of byDistance) {
    const lists = [frame.items, itemsThroughRespectively(sentence, frame)].filter((l): l is string[] => l !== undefined);
    for (const items of lists) {
      const inGroup = n.groupSize >= 2 ? itemAt(items, n.groupSize, n.item) : undefined;
      if (inGroup) return inGroup;
      const inSentence = total >= 2 ? itemAt(items, total, index) : undefined;
      if (inSentence) return inSentence;
    }
  }
  return undefined;
}

/**
 * "Compared with LLaVA, … . It reduces FLOPs by 54%": a sentence that names no baseline of its
 * own compares against the last one the previous sentence named.
 */
/** A sentence that goes on from the one before ("It also …", "Moreover, …", "Specifically, …"). */
const CONTINUES_PREVIOUS = /^\W{0,3}(?:it|they|this|these|its|their|such|here|moreover|furthermore|additionally|in addition|also|similarly|specifically|in particular|likewise|meanwhile|besides|notably|for instance|for example|e\.g\.)\b/i;

export function carriedBaseline(previousSentence: string | undefined, sentence: string): string | undefined {
  if (!previousSentence || !CONTINUES_PREVIOUS.test(sentence)) return undefined;
  const frames = findFrames(previousSentence, []).filter((f) => f.byNumberAt === undefined || f.phrase.length <= MAX_BY_ONLY_CHARS);
  const last = frames.at(-1);
  return last ? firstItem(last) : undefined;
}
