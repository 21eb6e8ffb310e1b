import {
  canonicalOfMatch, DEVICE_SCAN_SOURCE, GENERIC_ROWS, GENERIC_SCAN_SOURCE, GENERIC_WORDS, IMPLICATION_ROWS, IMPLICATION_SCAN_SOURCE, IMPLICATIONS,
  type TargetClass,
} from "./devices";
import { matchedRow, wordMatches, wordScan } from "./word-scan";
import { findFrames } from "./baseline-frames";
import { RUNNING_GERUNDS, SYSTEM_NOUNS } from "./baseline-platform";
import { execAll } from "./exec-all";

/*
 * The hardware an abstract names, found once per abstract: catalog devices, class words and
 * software that implies a class, each with its evidence tier, split per sentence into the
 * target's and the baseline's. hardware.ts decides from them.
 */
export interface Mention {
  cls: TargetClass;
  device?: string;
  index: number;
  /** Found by software that implies a class (CUDA, TensorRT), not by a hardware name. */
  implied?: boolean;
  /** "accelerator", "systolic array": says ASIC only when nothing stronger is named. */
  weak?: boolean;
  /** A process node or tape-out: the paper's design is a chip. */
  fabricated?: boolean;
}

const DEVICE_SCAN = wordScan(DEVICE_SCAN_SOURCE, "gu");
const GENERIC_SCAN = wordScan(GENERIC_SCAN_SOURCE, "gi");
const IMPLICATION_SCAN = wordScan(IMPLICATION_SCAN_SOURCE, "gu");


/** Every hardware mention of a text, catalog devices first: a generic word inside a device name is not counted twice. */
export function mentionsIn(text: string): Mention[] {
  const found: Mention[] = [];
  // Device matches come in text order, so one pointer tells whether a generic word sits inside one.
  const covered: [number, number][] = [];
  for (const m of wordMatches(text, DEVICE_SCAN, "-")) {
    const { name, cls } = canonicalOfMatch(m);
    found.push({ cls, device: name, index: m.index });
    covered.push([m.index, m.index + m[0].length]);
  }
  let next = 0;
  for (const m of wordMatches(text, GENERIC_SCAN, "-")) {
    while (next < covered.length && covered[next]![1] <= m.index) next++;
    if (next < covered.length && covered[next]![0] <= m.index) continue;
    const word = GENERIC_WORDS[matchedRow(m, GENERIC_ROWS).row]!;
    found.push({ cls: word.cls, index: m.index, ...(word.device ? { device: word.device } : {}), ...(word.weak ? { weak: true } : {}), ...(word.fabricated ? { fabricated: true } : {}) });
  }
  for (const m of wordMatches(text, IMPLICATION_SCAN, "-")) {
    found.push({ cls: IMPLICATIONS[matchedRow(m, IMPLICATION_ROWS).row]!.cls, index: m.index, implied: true });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** "the GPU baseline", "CPU-based solution", "GPU implementation": the hardware of a baseline, wherever it stands. */
const BASELINE_NOUN_AFTER = /^[\w-]{0,20}?(?:[- ]based)?\s?(?:baselines?|implementations?|counterparts?|solutions?|executions?|versions?)\b(?!\s+(?:achiev|deliver|reach|attain|obtain|provid|offer|yield|run|outperform|reduc|improv|accelerat|consum|requir|is\b|are\b)\w*)/i;

/** "the GPU's GDDR5 memory": a processor that owns the memory is context, not where the method ran. */
const POSSESSIVE = /['’]s$/;
/** What a processor owns that makes it context: its memory ("the GPU's GDDR5 memory"), not its units ("the GPU's integer units"). */
const OWNED_MEMORY_AFTER = /^\s+(?:[\w-]+\s+)?(?:memory|GDDR\w*|HBM\w*|DRAM|bandwidth|cache)\b/i;
const FROM_ON_TO = /\bfrom\s\d[\d.,]*\s?[^\s,;]{0,6}\s+on\s+[^,;]{1,60}?\s+to\s+\d/gi;
/** From a processor mention to the device that owns it: "CPU of a ", "NPU of ". */
const PROCESSOR_OF = /^[^,;]{0,40}?\b(?:CPUs?|GPUs?|NPUs?|DSPs?|TPUs?|processors?|cores?)\s+(?:of|in|inside)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$/i;
/** "an FPGA with the memory bandwidth and frequency of the V100": a processor whose properties are borrowed is no target. */
const OWNED_PROPERTY_BEFORE = /\b(?:bandwidth|frequency|frequencies|clock(?: rate)?|process node|power budget|TDP)\s+of\s+(?:the\s+|an?\s+)?$/i;
/** "our GPU version", "the proposed FPGA implementation": the paper's own implementation, not a baseline's. */
const OWN_BEFORE = /\b(?:our|the proposed|proposed)\s+(?:[\w-]+\s+)?$/i;

/** Mentions inside a comparison frame's phrase (baseline.ts) or naming a baseline ("the GPU baseline") are the baseline's. */
/** "relative to the best prior implementations on CPU-only, CPU-GPU and CPU-FPGA platforms, respectively": the list goes with the frame. */
const RESPECTIVE_TAIL = /^[^;.]{0,100}?,?\s+respectively\b/i;

/** "compared with a multi-GPU system using four RTX A5000 GPUs", "compared with running the model on the ZCU102's Cortex-A53": the baseline's platform. */
const PLATFORM_TAIL = /^\s+(?:using|running on|deployed on|equipped with)\s+[^,;]{1,80}/i;
/**
 * "compared with running the model on the ZCU102's Cortex-A53", "state-of-the-art implementations
 * on a CPU (GPU)": after a gerund or a noun for a system, "on" names where the baseline ran.
 */
const HOSTED_PHRASE = new RegExp(String.raw`^(?:${RUNNING_GERUNDS}|serving|inference)\b|\b(?:${SYSTEM_NOUNS}|accelerators?|engines?)$`, "i");
const HOSTED_PLATFORM_TAIL = /^\s+(?:on|with|using)\s+[^,;]{1,80}/i;
/** "implementations on a CPU (GPU)": an aside right after a baseline names the baseline's alternative. */
const ASIDE_AFTER = /^\s?\([^()]{1,40}\)/;
/** The tail ends where the main clause or a claimed number starts ("… A5000 GPUs it achieves up to 4.26x"). */
const TAIL_END = /\s(?:it|they|we|our|the proposed)\s|\d+(?:\.\d+)?\s?[×%]/i;
function platformEnd(tail: string): number {
  const end = TAIL_END.exec(tail);
  return end ? end.index : tail.length;
}

/**
 * "SLIDE on a single Cooper Lake CPU trains 4-7x faster than TensorFlow on an NVIDIA V100 GPU": a
 * platform of another class than one the sentence named before the frame is where the baseline ran.
 */
const OPENS_CLAUSE = /(?:^|[,;:]\s*(?:and\s+|while\s+)?)$/i;
function otherClassOn(sentence: string, mentions: Mention[], f: { markerStart: number; end: number }): boolean {
  // A comparison opening a clause ("compared with MKL-DNN on a Xeon CPU, it achieves …") is where that clause ran.
  const on = OPENS_CLAUSE.test(sentence.slice(0, f.markerStart)) ? null : HOSTED_PLATFORM_TAIL.exec(sentence.slice(f.end));
  if (!on || !/^\s+on\s/i.test(on[0])) return false;
  const tailEnd = f.end + platformEnd(on[0]);
  const inTail = mentions.filter((m) => m.index >= f.end && m.index < tailEnd && tier(m) === 0);
  return inTail.length > 0 && mentions.some((m) => m.index < f.markerStart && !m.weak && !m.implied && inTail.every((t) => t.cls !== m.cls));
}

/**
 * `acceleratorPaper`: the paper's target is an FPGA or ASIC design, so a GPU or CPU named where a
 * sentence-opening comparison ran is the baseline's ("Compared with cuDNN on a V100, FlexTensor …"
 * in a compiler paper is where both ran).
 */
export function splitByBaseline(sentence: string, mentions: Mention[], acceleratorPaper = false): SentenceHardware {
  // A frame's phrase ends at "on …", but a "respectively" list right after it still names the baselines' platforms.
  const frames = findFrames(sentence, []).map((f) => {
    const respective = RESPECTIVE_TAIL.exec(sentence.slice(f.end));
    if (respective && !/\d\s?[×%]/.test(respective[0])) return { start: f.start, end: f.end + respective[0].length };
    // In an accelerator paper, "Against GraphBLAST on an NVIDIA GTX 1080 Ti, it is 1.1x faster": a comparison opening the sentence names where the baseline ran.
    const hosted = HOSTED_PHRASE.test(f.phrase) || (acceleratorPaper && f.leading && f.markerStart === 0) || otherClassOn(sentence, mentions, f);
    const platform = (hosted ? HOSTED_PLATFORM_TAIL : PLATFORM_TAIL).exec(sentence.slice(f.end)) ?? ASIDE_AFTER.exec(sentence.slice(f.end));
    return platform ? { start: f.start, end: f.end + platformEnd(platform[0]) } : f;
  });
  // "reduces latency from 63.8 ms on the embedded Cortex-A53 CPU to 9.4 ms": where the first figure ran is the baseline's.
  for (const from of execAll(FROM_ON_TO, sentence)) frames.push({ start: from.index, end: from.index + from[0].length });
  const target: Mention[] = [];
  const baseline: Mention[] = [];
  for (const [i, m] of mentions.entries()) {
    const wordEnd = sentence.slice(m.index, m.index + 40).search(/[\s,;.)]|$/) + m.index;
    const inFrame = frames.some((f) => m.index >= f.start && m.index < f.end);
    // "the ZCU102's quad-core ARM Cortex-A53 processor": the owner of a processor named after it is no mention of its own,
    // and neither is the owner after "of" ("the Kirin 980 ARM CPU of a Huawei P30 Pro", "the Hexagon NPU of Snapdragon phones").
    const next = mentions[i + 1];
    if (POSSESSIVE.test(sentence.slice(m.index, wordEnd)) && next && next.index - wordEnd <= 40) continue;
    const previousMention = mentions[i - 1];
    if (m.cls === "edge" && previousMention && previousMention.cls !== "edge" && PROCESSOR_OF.test(sentence.slice(previousMention.index, m.index))) continue;
    const namesBaseline =
      (POSSESSIVE.test(sentence.slice(m.index, wordEnd)) && OWNED_MEMORY_AFTER.test(sentence.slice(wordEnd, wordEnd + 30))) ||
      OWNED_PROPERTY_BEFORE.test(sentence.slice(Math.max(0, m.index - 40), m.index)) ||
      (!OWN_BEFORE.test(sentence.slice(Math.max(0, m.index - 30), m.index)) && BASELINE_NOUN_AFTER.test(sentence.slice(wordEnd, wordEnd + 40)));
    (inFrame || namesBaseline ? baseline : target).push(m);
  }
  return { target, baseline, clauseEnds: execAll(CLAUSE_END, sentence).map((m) => m.index) };
}

export interface SentenceHardware {
  target: Mention[];
  baseline: Mention[];
  /** Where the sentence's clauses end (", and", "; ", ", while"), for the nearest mention of a number. */
  clauseEnds?: number[];
}

const CLAUSE_END = /,\s(?:and|while|but|whereas)\s|;/g;

/*
 * Evidence tiers: a named device or a class word ("FPGA", "GPUs", "compute-in-memory") first;
 * then the weak design words ("accelerator", "systolic array"), which say ASIC only when no
 * processor is named; then edge words without a device ("edge hardware", "on device"), which
 * say where the method is meant to run and yield to anything that names the processor.
 */
export function tier(m: Mention): number {
  if (m.weak) return 1;
  if (m.cls === "edge" && !m.device) return 2;
  return 0;
}

export function strongestTier(mentions: Mention[]): Mention[] {
  const best = Math.min(...mentions.map(tier));
  return mentions.filter((m) => tier(m) === best);
}
