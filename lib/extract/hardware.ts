import type { Hardware, HardwareClass } from "../schema";
import type { TargetClass } from "./devices";
import { mentionsIn, splitByBaseline, strongestTier, tier, type Mention, type SentenceHardware } from "./hardware-mentions";

/*
 * CLAIMS.md evidence order for where the proposed method ran: the claim's own sentence, then a
 * single target named elsewhere in the abstract (title first), then strong implications (CUDA →
 * GPU, Xeon → CPU); otherwise unspecified. Mentions in a baseline phrase ("against NVIDIA
 * V100S", "the GPU baseline") describe the baseline's hardware and never the target. Devices
 * and their canonical names come from the catalog in devices.ts.
 */

/** Accelerator classes outrank GPU/CPU: papers proposing an FPGA or ASIC design name GPUs as context. */
const PRIORITY: TargetClass[] = ["FPGA", "ASIC", "GPU", "CPU", "edge"];

function withDevice(cls: TargetClass, mentions: Mention[]): Hardware {
  const named = mentions.filter((m) => m.cls === cls && m.device);
  // The most specific name: a catalog device ("NVIDIA A100") over a bare word's name ("NPU").
  const best = named.sort((a, b) => b.device!.length - a.device!.length)[0];
  return { class: cls, ...(best?.device ? { device: best.device } : {}) };
}

/** "a phone running the model on its GPU and NPU together" is edge (docs/claims.md). */
function phoneGpuAndNpu(mentions: Mention[]): boolean {
  return mentions.some((m) => m.cls === "edge") && mentions.some((m) => m.cls === "GPU") && mentions.some((m) => m.cls === "ASIC" && m.device === "NPU");
}

/** The one class a set of mentions agrees on; undefined when they name none or several. */
function pick(mentions: Mention[]): Hardware | undefined {
  if (mentions.length === 0) return undefined;
  if (phoneGpuAndNpu(mentions)) return { class: "edge" };
  const pool = strongestTier(mentions);
  const classes = new Set(pool.map((m) => m.cls));
  // A phone NPU: the ASIC is the target, the phone its host.
  if (classes.size > 1) classes.delete("edge");
  if (classes.size !== 1) return undefined;
  return withDevice([...classes][0]!, pool);
}

/**
 * Across a whole abstract, a phone whose processors the method uses together ("runs each layer on
 * the CPU and the GPU at the same time … on commercial Android phones") is the target: two of
 * its processor classes beside a phone or mobile word.
 */
function phoneProcessors(mentions: Mention[]): boolean {
  const processors = new Set(mentions.filter((m) => !m.implied && !m.weak && (m.cls === "GPU" || m.cls === "CPU" || m.device === "NPU")).map((m) => m.cls));
  // A named board ("an NVIDIA Jetson Xavier NX") or a custom chip is the target itself.
  const namedElsewhere = mentions.some((m) => m.cls === "FPGA" || (m.cls === "ASIC" && m.device !== "NPU" && !m.weak) || ((m.cls === "GPU" || m.cls === "CPU") && m.device));
  return mentions.some((m) => m.cls === "edge" && !m.implied) && processors.size >= 2 && !namedElsewhere;
}

/** Across a whole abstract: the most-mentioned class of the strongest tier, accelerators first on a tie. */
function vote(mentions: Mention[]): Hardware | undefined {
  if (mentions.length === 0) return undefined;
  if (phoneGpuAndNpu(mentions) || phoneProcessors(mentions)) return { class: "edge" };
  const pool = strongestTier(mentions);
  const counts = new Map<TargetClass, number>();
  for (const m of pool) counts.set(m.cls, (counts.get(m.cls) ?? 0) + 1);
  // "run slowly on mobile CPUs … measured on a Google Pixel 1 phone": a named phone or board is a target like a processor.
  if (counts.size > 1 && !pool.some((m) => m.cls === "edge" && m.device)) counts.delete("edge");
  // "In a 28nm process, a chip … delivers 76.9x better performance-per-watt than a conventional FPGA": a fabricated design is an ASIC.
  if (pool.some((m) => m.fabricated)) return withDevice("ASIC", pool);
  // On a tie, a class the abstract names a device of beats a bare class word ("mobile CPUs" vs "a Google Pixel 1 phone").
  const named = (cls: TargetClass) => (pool.some((m) => m.cls === cls && m.device) ? 0 : 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || named(a[0]) - named(b[0]) || PRIORITY.indexOf(a[0]) - PRIORITY.indexOf(b[0]));
  // A paper that names an FPGA and calls its design "the accelerator" is an FPGA paper.
  const accelerator = ranked.find(([cls]) => cls === "FPGA") ?? ranked.find(([cls]) => cls === "ASIC");
  return withDevice(accelerator ? accelerator[0] : ranked[0]![0], pool);
}

export interface PaperHardware {
  /** Hardware named in the title, then voted over the abstract outside baseline phrases. */
  paperTarget?: Hardware;
  implied?: Hardware;
  sentences: SentenceHardware[];
  /** Per sentence, the hardware of its claims where it does not depend on where the number stands (filled on first use). */
  resolved: (ResolvedHardware | undefined)[];
  /** Per sentence, whether its target mentions name several classes (filled on first use). */
  severalClasses: (boolean | undefined)[];
}

export function analyzeHardware(title: string, abstract: string, sentences: { start: number; end: number; text: string }[]): PaperHardware {
  const all = mentionsIn(abstract);
  const bySentence = sentenceMentions(all, sentences);
  let perSentence: SentenceHardware[] = sentences.map((s, i) => (bySentence[i]!.length === 0 ? { target: [], baseline: [] } : splitByBaseline(s.text, bySentence[i]!)));
  const titleMentions = mentionsIn(title).filter((m) => !m.implied);
  const target = (sentencesHardware: SentenceHardware[]) => {
    const voted = vote([...titleMentions, ...sentencesHardware.flatMap((s) => s.target.filter((m) => !m.implied))]);
    // The title decides when it names a processor the abstract agrees with or does not contradict.
    const fromTitle = titleMentions.some((m) => tier(m) === 0) ? pick(titleMentions) : undefined;
    return fromTitle && voted && voted.class === fromTitle.class && !fromTitle.device ? voted : fromTitle ?? voted;
  };
  let paperTarget = target(perSentence);
  // An FPGA or ASIC paper: the GPUs and CPUs its comparisons ran on are the baselines' (splitByBaseline).
  if (paperTarget?.class === "FPGA" || paperTarget?.class === "ASIC") {
    const accelerator = paperTarget.class;
    // Only sentences with mentions and none of the accelerator's class change: one that names it ("… and on a VU9P FPGA it reaches …") compares platforms clause by clause.
    perSentence = perSentence.map((split, i) => {
      const inside = bySentence[i]!;
      return inside.length === 0 || inside.some((m) => m.cls === accelerator) ? split : splitByBaseline(sentences[i]!.text, inside, true);
    });
    paperTarget = target(perSentence);
  }
  // Software named as the baseline ("compared with vLLM") says nothing about the target.
  const implied = pick(perSentence.flatMap((s) => s.target.filter((m) => m.implied)));
  return {
    ...(paperTarget ? { paperTarget } : {}),
    ...(implied ? { implied: { class: implied.class } } : {}),
    sentences: perSentence,
    resolved: [],
    severalClasses: [],
  };
}

export interface ResolvedHardware {
  hardware: Hardware;
  baselineHardware?: HardwareClass;
}

/** Where a sentence names several classes ("9.8x on CPU, and 12.4x on GPU"), the claim takes the nearest one, after it first. */
const NEAR_AFTER = 60;
const NEAR_EDGE_AFTER = 50;
/** "1.3x faster on the RTX A6000 and 1.5x faster on the L40S": two devices of one class are two targets too. */
function namesSeveralTargets(mentions: Mention[]): boolean {
  const named = mentions.filter((m) => tier(m) === 0 && !m.implied);
  // "9.3x faster on the Jetson TX2 and 5.6x faster on the phones": an edge word is a target of its own beside a processor.
  const classes = new Set(mentions.filter((m) => tier(m) !== 1 && !m.implied).map((m) => m.cls));
  const devices = new Set(named.flatMap((m) => (m.device ? [m.device] : [])));
  return classes.size > 1 || devices.size > 1;
}
function nearestMention(mentions: Mention[], at: number, clauseEnds: number[] = []): Mention[] {
  // "On the GPU it is 2.5x faster, and on the CPU 4.1x faster": a mention after the number counts only within its clause.
  const clauseEnd = clauseEnds.find((end) => end > at) ?? Infinity;
  // "up to 5.6x faster on the phones": an edge word right after the number is that number's target too.
  const after = mentions.filter((m) => (tier(m) === 0 || (tier(m) === 2 && m.index - at <= NEAR_EDGE_AFTER)) && m.index > at && m.index - at <= NEAR_AFTER && m.index < clauseEnd);
  // "3.25x on high-end GPUs (NVIDIA A100)": the class word and the device right after it are one mention.
  if (after.length) return [after.find((m) => m.device && m.cls === after[0]!.cls) ?? after[0]!];
  const before = mentions.filter((m) => tier(m) === 0 && m.index < at);
  // "2.7% and 5.6% accuracy gains over ResNet-101 and ResNet-152, respectively, on an Nvidia GPU, and …": with nothing before, the clause's own platform, however far.
  const laterInClause = mentions.find((m) => tier(m) === 0 && m.index > at && m.index < clauseEnd);
  if (before.length === 0 && laterInClause) return [laterInClause];
  // "On one NVIDIA A10 GPU backed by eight CPU nodes, FastDecode achieves …": in the clause before the number, a named device outranks a bare class word.
  const clauseStart = Math.max(-1, ...clauseEnds.filter((end) => end < at));
  const named = before.filter((m) => m.device && m.index > clauseStart);
  if (named.length && !named.some((m) => m.cls === before.at(-1)!.cls)) return [named.at(-1)!];
  return before.length ? [before.at(-1)!] : mentions;
}

export function resolveHardware(paper: PaperHardware, sentenceIndex: number, numberAt = 0): ResolvedHardware {
  const sentence = paper.sentences[sentenceIndex] ?? { target: [], baseline: [] };
  // A phone running the model on its GPU and NPU together is one target, the phone (docs/claims.md).
  const several = (paper.severalClasses[sentenceIndex] ??= namesSeveralTargets(sentence.target) && !phoneGpuAndNpu(sentence.target));
  if (several) return decide(paper, nearestMention(sentence.target, numberAt, sentence.clauseEnds), sentence.baseline, true);
  // One class or none: every claim of the sentence gets the same answer, decided once.
  return (paper.resolved[sentenceIndex] ??= decide(paper, sentence.target, sentence.baseline));
}

/** `nearest`: the mention was picked for this number among several, so it stands even when it is only an edge word. */
function decide(paper: PaperHardware, target: Mention[], baseline: Mention[], nearest = false): ResolvedHardware {
  const baselineClass = pick(baseline)?.class;
  const named = target.filter((m) => !m.implied);
  // A sentence with only design or edge words ("the accelerator achieves …") speaks of the paper's named target.
  const onlyWeak = !nearest && named.length > 0 && named.every((m) => tier(m) > 0);
  // Where the sentence names no hardware, software it names is the sentence's own evidence ("On CoreML, …").
  const fromSentence = onlyWeak && paper.paperTarget ? paper.paperTarget : pick(named.length ? named : target);
  // A sentence naming a generic class ("on GPUs") borrows the paper's device when the classes agree.
  const hardware =
    fromSentence && !fromSentence.device && paper.paperTarget?.class === fromSentence.class
      ? paper.paperTarget
      : fromSentence ?? paper.paperTarget ?? paper.implied ?? { class: "unspecified" as const };
  return { hardware, ...(baselineClass ? { baselineHardware: baselineClass } : {}) };
}

/** The hardware class a baseline phrase names ("NVIDIA A100 GPU" → GPU, "the CPU baseline" → CPU), if any. */
export function classOfBaseline(baseline: string): HardwareClass | undefined {
  return pick(mentionsIn(baseline))?.class;
}

/**
 * "by 7.5x, 26% and 14% on T4, A10G and H100 GPUs, respectively": the i-th number of the
 * sentence runs on the i-th named device, when the sentence names as many target devices as it
 * states numbers; "1.34x and 3.35x … on ZCU102 and Alveo U280, respectively, while … by 1.75x
 * and 1.54x": each list of as many numbers as devices aligns by its own positions. Undefined
 * where a number is in no such list.
 */
export function respectiveDevices(paper: PaperHardware, sentenceIndex: number, sentence: string, numbers: { item: number; groupSize: number; start: number; end: number }[]): (Hardware | undefined)[] | undefined {
  const respectively = /\brespectively\b/i.exec(sentence);
  if (numbers.length >= 2 && !respectively) return slashedClasses(sentence, numbers);
  if (numbers.length < 2 || !respectively) return undefined;
  // "gains over ResNet-101 and ResNet-152, respectively, on an Nvidia GPU, and 4.6% and 2.6% on an Intel CPU": devices
  // named after "respectively" are each a clause's own, not the list's (the nearest mention decides, resolveHardware).
  const target = (paper.sentences[sentenceIndex]?.target ?? []).filter((m) => m.index < respectively.index);
  const named = target.filter((m) => tier(m) === 0 && m.device && !m.implied);
  if (named.length === numbers.length) return named.map(device);
  // "by 15.2x and 401.5x on CPU and GPU, respectively": class words of as many different classes align too.
  const classes = target.filter((m) => tier(m) === 0 && !m.implied);
  if (named.length === 0 && classes.length === numbers.length && new Set(classes.map((m) => m.cls)).size === classes.length) return classes.map((m) => ({ class: m.cls }));
  if (named.length < 2) return undefined;
  return numbers.map((n) => (n.groupSize === named.length ? device(named[n.item]) : undefined));
}

/** "running 5.8x/3.7x faster on the GPU/CPU": numbers written as a slash pair run on class words written as one. */
const SLASHED_CLASSES = /\bon (?:the |an? )?(GPU|CPU|FPGA|NPU|TPU)s?\s?\/\s?(GPU|CPU|FPGA|NPU|TPU)s?\b/i;
function slashedClasses(sentence: string, numbers: { item: number; groupSize: number; start: number; end: number }[]): (Hardware | undefined)[] | undefined {
  const classes = SLASHED_CLASSES.exec(sentence);
  if (!classes) return undefined;
  return numbers.map((n, i) => {
    const partner = n.item === 0 ? numbers[i + 1] : numbers[i - 1];
    const slashed = n.groupSize === 2 && partner && /^\s?\/\s?$/.test(n.item === 0 ? sentence.slice(n.end, partner.start) : sentence.slice(partner.end, n.start));
    // The device catalog's class of the word ("NPU" and "TPU" are ASIC), as for a baseline's class word.
    const cls = slashed ? classOfBaseline(classes[n.item + 1]!) : undefined;
    return cls && cls !== "unspecified" ? { class: cls } : undefined;
  });
}

function device(m: Mention | undefined): Hardware | undefined {
  return m ? { class: m.cls, device: m.device! } : undefined;
}

/** The mentions of each sentence, with offsets in their sentence. */
function sentenceMentions(all: Mention[], sentences: { start: number; end: number }[]): Mention[][] {
  let next = 0;
  return sentences.map((s) => {
    while (next < all.length && all[next]!.index < s.start) next++;
    const inside: Mention[] = [];
    for (; next < all.length && all[next]!.index < s.end; next++) inside.push(inSentence(all[next]!, s.start));
    return inside;
  });
}

/** A mention with its offset in its sentence: written out, not spread (mentions come in several shapes). */
function inSentence(m: Mention, sentenceStart: number): Mention {
  return { cls: m.cls, device: m.device, index: m.index - sentenceStart, implied: m.implied, weak: m.weak, fabricated: m.fabricated };
}
