import type { Hardware, HardwareClass } from "../schema";

/*
 * Hardware mentions, most specific first within each class. CLAIMS.md evidence order:
 * the claim's sentence, then a single target named elsewhere in the abstract, then strong
 * implications (CUDA → GPU, Xeon → CPU). Mentions inside the baseline phrase ("against
 * NVIDIA V100S") describe the baseline's hardware, not the target.
 */
interface DevicePattern {
  cls: Exclude<HardwareClass, "unspecified">;
  re: RegExp;
  /** Generic words ("GPU") say the class but not the device. */
  generic?: boolean;
  /** Text right before a match that voids it ("software accelerator"). */
  notAfter?: RegExp;
}

const DEVICES: DevicePattern[] = [
  { cls: "FPGA", re: /\b(?:Xilinx|AMD)\s+(?:Alveo|Versal|Zynq|Kintex|Virtex|ZCU|VCU)[\w-]*(?:\s+[A-Z]*\d[\w-]*)?(?:\s+FPGA)?|\bAlveo\s+U\d+\w*|\bVersal\s+\w+\d+\w*(?:\s+FPGA)?|\b(?:ZCU|VCU|ZC|KCU|VC)\d{3}\w*(?:\s+FPGA)?|\bIntel\s+(?:Stratix|Arria|Agilex)[\w -]{0,12}\d\w*|\bStratix\s+\d+\w*/ },
  { cls: "FPGA", re: /\bFPGAs?\b/, generic: true },
  { cls: "GPU", re: /\bJetson(?:\s+(?:AGX\s+)?(?:Orin|Xavier|Nano|TX2)(?:\s+Nano|\s+NX)?)?|\b(?:NVIDIA\s+)?(?:GeForce\s+)?(?:RTX|GTX)\s?-?\d{3,4}\w*(?:\s+Ti)?|\b(?:NVIDIA\s+)?(?:Tesla\s+)?[AHVLBT]\d{2,3}[S]?\b(?:\s+GPUs?)?|\bNVIDIA\s+(?:A|H|V|L)\d+\w*|\b(?:AMD\s+)?(?:Instinct\s+)?MI\d{3}X?\b|\bA800\b|\bH800\b/ },
  { cls: "GPU", re: /\bGPUs?\b(?![- ](?:hours?|days?|minutes?))|\bgraphics cards?\b/, generic: true },
  { cls: "CPU", re: /\bApple\s+M[1-4](?:\s+(?:Pro|Max|Ultra))?(?:\s+CPU)?|\bIntel\s+Xeon[\w -]{0,20}?\d\w*|\bXeon\b|\bAMD\s+EPYC\s*\w*|\bARM\s+Cortex-[AM]\d+|\bCortex-A\d+|\bIntel\s+Core\s+i\d[\w-]*/ },
  { cls: "CPU", re: /\bCPUs?\b(?![- ](?:hours?|days?|minutes?))|\bmulti-?core processors?\b/, generic: true },
  { cls: "ASIC", re: /\bTPU\s?v?\d\w*|\bTPUs?\b|\bNPUs?\b|\bASICs?\b|\bprocessing[- ]in[- ]memory\b|\bPIM\b|\bin-memory computing\b|\bsystolic arrays?\b|\b\d{1,2}\s?nm\b/ },
  { cls: "ASIC", re: /\b[Aa]ccelerators?\b|\bon-chip\b/, generic: true, notAfter: /\b[Ss]oftware\s$/ },
  { cls: "edge", re: /\b(?:[Ss]mart ?[Pp]hones?|[Mm]obile (?:[Pp]hones?|[Dd]evices?|[Pp]latforms?|CPUs?)|[Ee]dge (?:[Dd]evices?|[Pp]latforms?|[Cc]lients?|[Cc]omputing|[Dd]eployment|[Ii]nference|[Aa]pplications?|AI)|(?:on|at|for) the edge|[Mm]icrocontrollers?|MCUs?|IoT [Dd]evices?|Raspberry Pi(?:\s+\d)?|iPhone(?:\s+\d+)?|Android (?:[Pp]hones?|[Dd]evices?)|Snapdragon\s*\d*|[Ee]mbedded [Dd]evices?|[Oo]n-[Dd]evice|Core ?ML)\b/ },
];
/** Words that imply a class without naming hardware. */
const IMPLIED: DevicePattern[] = [
  { cls: "GPU", re: /\bCUDA\b|\bTensorRT\b|\bTriton\b|\bTensor Cores?\b|\bcuBLAS\b|\bFlashAttention/ },
  { cls: "CPU", re: /\boneDNN\b|\bx86\b|\bAVX-?\d*\b/ },
];
const BASELINE_MARKER = /\b(?:over|than|compared (?:to|with)|relative to|against|versus|vs\.?|baselines? (?:on|running on)|counterparts? on)\s/gi;

interface Mention {
  cls: DevicePattern["cls"];
  device?: string;
  index: number;
  /** Found by an implication word (CUDA, Xeon) rather than a hardware name. */
  implied?: boolean;
}

/**
 * All patterns of a list as one alternation, compiled once: a single pass over the text
 * instead of one per pattern. Capture group i+1 tells which pattern matched.
 */
interface Scanner {
  re: RegExp;
  patterns: DevicePattern[];
  implied: boolean;
}
function scannerOf(patterns: DevicePattern[], implied: boolean): Scanner {
  return { re: new RegExp(patterns.map((p) => `(${p.re.source})`).join("|"), "g"), patterns, implied };
}
const DEVICE_SCANNER = scannerOf(DEVICES, false);
const IMPLIED_SCANNER = scannerOf(IMPLIED, true);

function mentionsIn(text: string, scanner: Scanner): Mention[] {
  const found: Mention[] = [];
  for (const m of text.matchAll(scanner.re)) {
    const p = scanner.patterns[m.slice(1).findIndex((g) => g !== undefined)]!;
    if (p.notAfter?.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    found.push({
      cls: p.cls,
      index: m.index,
      ...(p.generic ? {} : { device: m[0].trim() }),
      ...(scanner.implied ? { implied: true } : {}),
    });
  }
  return found;
}

/** Splits a sentence's mentions into the target's and the baseline's (after "over", "than", "against"...). */
function splitByBaseline(sentence: string, mentions: Mention[]): { target: Mention[]; baseline: Mention[] } {
  const markers = [...sentence.matchAll(BASELINE_MARKER)].map((m) => m.index);
  const inBaseline = (m: Mention) =>
    markers.some((at) => m.index > at && m.index - at < 60 && !/[,;]/.test(sentence.slice(at, m.index)));
  return { target: mentions.filter((m) => !inBaseline(m)), baseline: mentions.filter(inBaseline) };
}

/** Accelerator classes outrank GPU/CPU: papers proposing an FPGA or ASIC design name GPUs as context. */
const PRIORITY: DevicePattern["cls"][] = ["FPGA", "ASIC", "GPU", "CPU", "edge"];

function withDevice(cls: DevicePattern["cls"], mentions: Mention[]): Hardware {
  const named = mentions.filter((m) => m.cls === cls && m.device).sort((a, b) => b.device!.length - a.device!.length);
  return { class: cls, ...(named[0]?.device ? { device: named[0].device } : {}) };
}

/** The one class the mentions agree on; undefined when they name none or several. */
function pick(mentions: Mention[]): Hardware | undefined {
  const classes = new Set(mentions.map((m) => m.cls));
  // A phone NPU: the ASIC is the target, the phone its host; an edge word beside a named processor defers to it.
  if (classes.size > 1) classes.delete("edge");
  if (classes.size !== 1) return undefined;
  return withDevice([...classes][0]!, mentions);
}

/** Across a whole abstract: the most-mentioned class, accelerators first on a tie. */
function vote(mentions: Mention[]): Hardware | undefined {
  if (mentions.length === 0) return undefined;
  const counts = new Map<DevicePattern["cls"], number>();
  for (const m of mentions) counts.set(m.cls, (counts.get(m.cls) ?? 0) + 1);
  // "Edge devices" in an abstract that names a processor is the motivation, not the target.
  if (counts.size > 1) counts.delete("edge");
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || PRIORITY.indexOf(a[0]) - PRIORITY.indexOf(b[0]));
  // An FPGA paper calls its design "the accelerator": FPGA wins over ASIC words.
  const accelerator = ranked.find(([cls]) => cls === "FPGA") ?? ranked.find(([cls]) => cls === "ASIC");
  return withDevice(accelerator ? accelerator[0] : ranked[0]![0], mentions);
}

interface SentenceHardware {
  target: Mention[];
  baseline: Mention[];
}

export interface PaperHardware {
  /** Hardware named in the title, then voted over the abstract outside baseline phrases. */
  paperTarget?: Hardware;
  implied?: Hardware;
  sentences: SentenceHardware[];
}

/**
 * Scans the title and the abstract once per paper (one pass per pattern over the whole
 * abstract, then mentions are dealt to their sentences); claims look their sentence up by index.
 */
/** Literal words every implication pattern contains: a cheap test before the regex scan. */
const IMPLIED_WORDS = ["CUDA", "TensorRT", "Triton", "Tensor Core", "cuBLAS", "FlashAttention", "oneDNN", "x86", "AVX"];

export function analyzeHardware(title: string, abstract: string, sentences: { start: number; end: number; text: string }[]): PaperHardware {
  const implies = IMPLIED_WORDS.some((w) => abstract.includes(w));
  const all = [...mentionsIn(abstract, DEVICE_SCANNER), ...(implies ? mentionsIn(abstract, IMPLIED_SCANNER) : [])].sort(
    (a, b) => a.index - b.index,
  );
  let next = 0;
  const perSentence = sentences.map((s) => {
    while (next < all.length && all[next]!.index < s.start) next++;
    const inside: Mention[] = [];
    for (; next < all.length && all[next]!.index < s.end; next++) inside.push({ ...all[next]!, index: all[next]!.index - s.start });
    return inside.length === 0 ? { target: [], baseline: [] } : splitByBaseline(s.text, inside);
  });
  const named = perSentence.flatMap((s) => s.target.filter((m) => !m.implied));
  const paperTarget = pick(mentionsIn(title, DEVICE_SCANNER)) ?? vote(named);
  const implied = pick(perSentence.flatMap((s) => [...s.target, ...s.baseline].filter((m) => m.implied)));
  return {
    ...(paperTarget ? { paperTarget } : {}),
    ...(implied ? { implied: { class: implied.class } } : {}),
    sentences: perSentence,
  };
}

export interface ResolvedHardware {
  hardware: Hardware;
  baselineHardware?: HardwareClass;
}

export function resolveHardware(paper: PaperHardware, sentenceIndex: number): ResolvedHardware {
  const { target, baseline } = paper.sentences[sentenceIndex] ?? { target: [], baseline: [] };
  const baselineClass = pick(baseline)?.class;
  const fromSentence = pick(target);
  // A sentence naming a generic class ("on GPUs") borrows the paper's device when the classes agree.
  const hardware =
    fromSentence && !fromSentence.device && paper.paperTarget?.class === fromSentence.class
      ? paper.paperTarget
      : fromSentence ?? paper.paperTarget ?? paper.implied ?? { class: "unspecified" as const };
  return { hardware, ...(baselineClass ? { baselineHardware: baselineClass } : {}) };
}
