import type { HardwareClass } from "../schema";
import { matchedRow, rowGroups, wordMatches, wordScan } from "./word-scan";

/*
 * The device catalog: every processor the extractor can name, one row per family, with its
 * hardware class and how to spell its canonical name. The hardware scanner's regex and the
 * canonical-name lookup are both generated from these rows, so a new chip is one new row.
 * Only hardware is listed: models ("ResMLP-B24") and software (TensorRT, Core ML) are never
 * devices; software that implies a class lives in IMPLICATIONS below.
 */
export type TargetClass = Exclude<HardwareClass, "unspecified">;

export interface DeviceFamily {
  cls: TargetClass;
  /** Regex source; capture groups feed `name`. No nested unbounded quantifiers. */
  pattern: string;
  /** The canonical name from the match's capture groups. */
  name: (groups: string[]) => string;
}

const upper = (s: string | undefined) => (s ?? "").toUpperCase();
const spaced = (s: string | undefined) => (s ?? "").replace(/\s+/g, " ").trim();
/** "Titan XP", "TITAN Xp" → "Titan Xp": one spelling per card. */
const titanName = (n: string) => n.replace(/^TITAN|^Titan/, "Titan").replace(/\s?(XP|Xp)$/, " Xp").replace(/Titan(?=[A-Z])/, "Titan ");
/** "S8", "Note 10": the S series is written joined, the others spaced. */
const galaxyModel = (series: string, n: string) => (series === "S" ? `S${n}` : `${spaced(series)} ${n}`);

/** NVIDIA data-centre and workstation parts named by model number alone. */
const NVIDIA_MODELS = "GB200|GH200|B200|B100|H200|H100|H800|H20|A100|A800|A6000|A5000|A4000|A10G|A10|A30|A40|A16|L40S|L40|L4|V100S|V100|P100|P40|T4|K80|K40";

export const DEVICE_FAMILIES: DeviceFamily[] = [
  // FPGA boards and families (before GPUs: "VCU118" must not read as a GPU model).
  { cls: "FPGA", pattern: String.raw`(?:(?:Xilinx|AMD)\s+)?(?:Alveo\s+)?(U50|U55C|U200|U250|U280)(?:\s+(?:FPGA|accelerator card|card|board))?`, name: ([m]) => `Xilinx Alveo ${upper(m)}` },
  { cls: "FPGA", pattern: String.raw`(?:(?:Xilinx|AMD)\s+)?(?:Versal\s+(?:ACAP\s+|AI Core\s+|AI Edge\s+|Premium\s+)?)?(VCK190|VCK5000|VEK280|VHK158|VPK180|VE2302)`, name: ([m]) => `AMD Versal ${upper(m)}` },
  { cls: "FPGA", pattern: String.raw`(?:(?:Xilinx|AMD)\s+)?(?:Zynq\s+(?:UltraScale\+\s+)?(?:MPSoC\s+)?)?(ZCU\d{3}|ZC\d{3}|KV260|KR260|Ultra96(?:-V2)?|PYNQ-Z[12]|ZedBoard)`, name: ([m]) => `Xilinx ${upper(m) === "ZEDBOARD" ? "ZedBoard" : upper(m)}` },
  { cls: "FPGA", pattern: String.raw`(?:(?:Xilinx|AMD)\s+)?(?:Virtex\s+(?:UltraScale\+\s+)?)?(VCU\d{3}|VC\d{3}|KCU\d{3}|XCVU\d+P?|XC7Z\d{3})`, name: ([m]) => `Xilinx ${upper(m)}` },
  { cls: "FPGA", pattern: String.raw`(?:Intel\s+|Altera\s+)?(Stratix|Arria|Agilex|Cyclone)\s?(10|V|IV|7|5)?(?:\s+(NX|GX|MX|SX|TX))?`, name: ([f, n, v]) => spaced(`Intel ${f} ${n ?? ""} ${v ?? ""}`) },
  { cls: "FPGA", pattern: String.raw`(?:Xilinx|AMD)\s+(Versal|Zynq(?:\s+UltraScale\+)?|Virtex(?:\s+UltraScale\+)?|Kintex(?:\s+UltraScale\+)?|Alveo)`, name: ([f]) => `Xilinx ${spaced(f)}` },
  // NVIDIA GPUs
  { cls: "GPU", pattern: String.raw`(?:NVIDIA\s+|Nvidia\s+)?Jetson\s+(AGX\s+Orin|AGX\s+Xavier|Orin\s+Nano|Orin\s+NX|Xavier\s+NX|Orin|Xavier|Nano|TX2|TX1)`, name: ([m]) => `NVIDIA Jetson ${spaced(m).replace(/\bagx\b/i, "AGX")}` },
  { cls: "GPU", pattern: String.raw`(?:NVIDIA\s+|Nvidia\s+)?Jetson`, name: () => "NVIDIA Jetson" },
  { cls: "GPU", pattern: String.raw`(?:NVIDIA\s+|Nvidia\s+)?(?:GeForce\s+)?(?:(RTX|GTX)\s?-?)?(4090|4080|4070|3090|3080|3070|3060|2080|1080|1070|2070|(?:TITAN|Titan)\s?(?:RTX|Xp|XP|V|X))(\s?Ti)?(?=\s|$|[^\p{L}\d])`, name: ([line, n, ti]) => spaced(`NVIDIA ${line ?? (/^(?:10|9)/.test(n ?? "") ? "GTX" : /^TITAN/i.test(n ?? "") ? "" : "RTX")} ${titanName(n ?? "")} ${ti ? "Ti" : ""}`) },
  { cls: "GPU", pattern: String.raw`(?:NVIDIA\s+|Nvidia\s+)?RTX\s+(6000|5000|A6000|A5000)(?:\s+Ada)?`, name: ([n]) => `NVIDIA RTX ${n}` },
  { cls: "GPU", pattern: String.raw`(?:NVIDIA\s+|Nvidia\s+)?(?:Tesla\s+)?(${NVIDIA_MODELS})(?:s(?![\p{L}\d]))?(?:[-\s]?(?:\d{2,3}\s?GB|SXM\d?|PCIe))*`, name: ([m]) => `NVIDIA ${/^A[4-6]000$/i.test(m ?? "") ? "RTX " : ""}${upper(m)}` },
  // AMD and other GPUs
  { cls: "GPU", pattern: String.raw`(?:AMD\s+)?(?:Instinct\s+)?(MI\d{2,3}X?A?)`, name: ([m]) => `AMD Instinct ${upper(m)}` },
  { cls: "GPU", pattern: String.raw`(?:AMD\s+)?Radeon\s+(?:RX\s+|Pro\s+)?(\d{3,4}\s?(?:XTX|XT)?)`, name: ([m]) => `AMD Radeon ${spaced(m)}` },
  { cls: "GPU", pattern: String.raw`(?:Intel\s+)?Arc\s+(A\d{3}M?|B\d{3})`, name: ([m]) => `Intel Arc ${m}` },
  { cls: "GPU", pattern: String.raw`(?:Qualcomm\s+)?(Adreno|Mali)(?:[-\s](G?\d{2,3}))?(?:\s+GPU)?`, name: ([f, n]) => spaced(`${f} ${n ?? ""}`) + " GPU" },
  // CPUs
  { cls: "CPU", pattern: String.raw`(?:Intel\s+)?Xeon\s?(Platinum|Gold|Silver|Phi|E5|E7|W)?(?:[-\s]?(\d{4}[A-Z]{0,2}(?:\s?v\d)?))?`, name: ([tier, n]) => spaced(`Intel Xeon ${tier ?? ""} ${n ?? ""}`) },
  { cls: "CPU", pattern: String.raw`(?:Intel\s+)?(?:Xeon\s+)?(Sapphire Rapids|Emerald Rapids|Granite Rapids|Ice Lake|Cooper Lake|Cascade Lake|Skylake|Broadwell|Haswell)(?:[- ]SP)?(?:\s+(?:Xeon|CPUs?|processors?|servers?))?`, name: ([g]) => `Intel Xeon (${g})` },
  { cls: "CPU", pattern: String.raw`Intel\s+(?:Core\s+)?(i[3579])[-\s]?(\d{4,5}[A-Z]{0,2})?`, name: ([i, n]) => spaced(`Intel Core ${i}${n ? `-${n}` : ""}`) },
  { cls: "CPU", pattern: String.raw`(?:AMD\s+)?(EPYC|Ryzen|Threadripper)(?:\s+[3579](?=\s+\d{4}))?(?:\s+(\d{4}[A-Z]?\d?X?))?`, name: ([f, n]) => spaced(`AMD ${f} ${n ?? ""}`) },
  { cls: "CPU", pattern: String.raw`(?:Apple\s+)?(M[1-4])(?:\s+(Pro|Max|Ultra))?(?:\s+(?:CPU|chip|SoC))`, name: ([m, v]) => spaced(`Apple ${m} ${v ?? ""}`) },
  { cls: "CPU", pattern: String.raw`Apple\s+(M[1-4])(?:\s+(Pro|Max|Ultra))?`, name: ([m, v]) => spaced(`Apple ${m} ${v ?? ""}`) },
  { cls: "CPU", pattern: String.raw`(?:ARM\s+|Arm\s+)?Cortex-(A\d{2,3})`, name: ([m]) => `Arm Cortex-${m}` },
  { cls: "CPU", pattern: String.raw`(?:AWS\s+)?(Graviton\s?\d?)|(?:Ampere\s+)?(Altra(?:\s+Max)?)|(?:Huawei\s+)?(Kunpeng\s?\d*)`, name: ([g, a, k]) => (g ? `AWS ${spaced(g)}` : a ? `Ampere ${spaced(a)}` : `Huawei ${spaced(k)}`) },
  { cls: "CPU", pattern: String.raw`(\d{4}R)(?=\))`, name: ([n]) => `Intel Xeon ${n}` },
  // ASICs: TPUs, NPUs, wafer-scale and dataflow chips, processing in memory
  { cls: "ASIC", pattern: String.raw`(?:Google\s+)?(?:Cloud\s+)?TPU\s?-?(v[2-6][ep]?|v\d)`, name: ([v]) => `Google TPU ${v!.toLowerCase()}` },
  { cls: "ASIC", pattern: String.raw`(?:Google\s+)?(?:Coral\s+)?Edge\s?TPU`, name: () => "Google Edge TPU" },
  { cls: "ASIC", pattern: String.raw`(?:Huawei\s+)?Ascend\s?(910B?|310P?)?`, name: ([n]) => spaced(`Huawei Ascend ${n ?? ""}`) },
  { cls: "ASIC", pattern: String.raw`(?:Intel\s+|Habana\s+)?Gaudi\s?([23])?`, name: ([n]) => `Intel Gaudi${n ? ` ${n}` : ""}` },
  { cls: "ASIC", pattern: String.raw`(?:Graphcore\s+)?(?:Bow\s+|Colossus\s+)?IPU(?:[-\s](?:M2000|POD\d+|Bow))?|Graphcore`, name: () => "Graphcore IPU" },
  { cls: "ASIC", pattern: String.raw`Cerebras(?:\s+(?:CS-[123]|WSE-?[123]?))?`, name: () => "Cerebras WSE" },
  { cls: "ASIC", pattern: String.raw`(?:SambaNova\s+)?(?:SN40L|RDU)s?|SambaNova`, name: () => "SambaNova RDU" },
  { cls: "ASIC", pattern: String.raw`Groq(?:\s+LPU)?`, name: () => "Groq LPU" },
  { cls: "ASIC", pattern: String.raw`(?:AWS\s+)?(Inferentia|Trainium)\s?(\d)?`, name: ([f, n]) => `AWS ${f}${n ?? ""}` },
  { cls: "ASIC", pattern: String.raw`(?:Qualcomm\s+)?Cloud AI\s?100`, name: () => "Qualcomm Cloud AI 100" },
  { cls: "ASIC", pattern: String.raw`Tenstorrent(?:\s+(?:Grayskull|Wormhole|Blackhole))?`, name: () => "Tenstorrent" },
  { cls: "ASIC", pattern: String.raw`(?:Hexagon|Qualcomm\s+Hexagon)(?:\s+(?:NPU|DSP))?`, name: () => "Qualcomm Hexagon NPU" },
  { cls: "ASIC", pattern: String.raw`(?:Apple\s+)?Neural\s+Engine`, name: () => "Apple Neural Engine" },
  { cls: "ASIC", pattern: String.raw`UPMEM(?:\s+PIM)?|HBM-PIM`, name: ([]) => "PIM" },
  // Neuromorphic and vision processors.
  { cls: "ASIC", pattern: String.raw`(?:Intel\s+)?(Loihi(?:\s?2)?)|(?:IBM\s+)?(NorthPole|TrueNorth)|(SpiNNaker(?:\s?2)?)|(?:BrainChip\s+)?(Akida)|(?:Intel\s+)?(Movidius)(?:\s+(?:Myriad\s?X|Neural Compute Stick))?`, name: ([l, n, s, a, m]) => (l ? `Intel ${spaced(l)}` : n ? `IBM ${n}` : s ? spaced(s) : a ? "BrainChip Akida" : `Intel ${m}`) },
  // Accelerator designs known by name: the paper that proposes one names its target, a paper that compares with one names an ASIC baseline.
  { cls: "ASIC", pattern: String.raw`(Eyeriss(?:\s?v2)?|DaDianNao|ShiDianNao|PuDianNao|DianNao|Cambricon(?:-[A-Z])?|SCNN|EIE|SpAtten|SpArch|Sanger|OuterSPACE|ExTensor|MNNFast|MatRaptor|ViTCoD|AccelTran|Gemmini|NVDLA|Cnvlutin|Bit Fusion)`, name: ([n]) => spaced(n) },
  // Edge platforms with no processor named beyond the board or phone
  { cls: "edge", pattern: String.raw`Intel\s+Edison`, name: () => "Intel Edison" },
  { cls: "edge", pattern: String.raw`Raspberry\s+Pi(?:\s+(\d)(?:\s+Model\s+B\+?)?)?`, name: ([n]) => spaced(`Raspberry Pi ${n ?? ""}`) },
  { cls: "edge", pattern: String.raw`(?:Qualcomm\s+)?Snapdragon\s?(\d{3}|8\s?Gen\s?\d|8\+?\s?Gen\s?\d)?`, name: ([n]) => spaced(`Qualcomm Snapdragon ${n ?? ""}`) },
  { cls: "edge", pattern: String.raw`(?:MediaTek\s+)?Dimensity\s?(\d{4})?`, name: ([n]) => spaced(`MediaTek Dimensity ${n ?? ""}`) },
  { cls: "edge", pattern: String.raw`(?:Apple\s+)?(A1[4-9])\s+(Bionic|Pro)`, name: ([a, v]) => `Apple ${a} ${v}` },
  { cls: "edge", pattern: String.raw`(?:Apple\s+)?(iPhone)\s?(\d{1,2}|X[SR]?)(?:\s+(Pro|Max|Ultra))?`, name: ([p, n, v]) => spaced(`${p} ${n} ${v ?? ""}`) },
  { cls: "edge", pattern: String.raw`(?:Motorola\s+)?Moto\s+([A-Z]\d{0,2}(?:\s+Plus)?)`, name: ([m]) => `Motorola Moto ${m}` },
  { cls: "edge", pattern: String.raw`(Xiaomi|Redmi|OnePlus|Huawei\s+(?:Mate|P)|Honor)\s?(\d{1,2})(?:\s+(Pro|Ultra|T))?`, name: ([b, n, v]) => spaced(`${b} ${n} ${v ?? ""}`) },
  { cls: "edge", pattern: String.raw`(?:Google\s+)?(Pixel)\s?(\d{1,2}a?)(?:\s+(Pro|XL))?`, name: ([p, n, v]) => spaced(`Google ${p} ${n} ${v ?? ""}`) },
  { cls: "edge", pattern: String.raw`(?:Samsung\s+)?(?:Galaxy\s+)(S|Note|Tab\s+S)\s?(\d{1,2})(?:\s?(\+|Plus|Ultra))?|Samsung\s+(S)(\d{1,2})(?:\s?(\+|Plus|Ultra))?`, name: ([a, n, v, b, m, w]) => spaced(`Samsung Galaxy ${galaxyModel(a ?? b ?? "S", n ?? m ?? "")} ${v ?? w ?? ""}`) },
  { cls: "edge", pattern: String.raw`STM32\w{0,8}|Arduino(?:\s+\w+)?|ESP32(?:-S3)?|Cortex-(M\d{1,2})`, name: ([m]) => (m ? `Arm Cortex-${m}` : "microcontroller") },
];

/** Words that say the class but name no device. `weak` words yield to any other class in the abstract. */
export interface GenericWord {
  cls: TargetClass;
  pattern: string;
  /** The device name the word itself gives ("NPU"), when the contract asks for one. */
  device?: string;
  weak?: boolean;
  /** "a 28nm CMOS chip", "taped out": the design was fabricated as a chip, whatever else the abstract names. */
  fabricated?: boolean;
}

export const GENERIC_WORDS: GenericWord[] = [
  { cls: "FPGA", pattern: String.raw`CPU\s?[-+]\s?(?:[Mm]ulti-)?FPGAs?|[Mm]ulti-FPGAs?|FPGAs?|field[- ]programmable gate arrays?` },
  // High-level synthesis and the vendors' FPGA tool flows are FPGA work ("designs optimized by Xilinx Vivado HLS").
  { cls: "FPGA", pattern: String.raw`(?:(?:Xilinx|AMD)\s+)?(?:Vivado|Vitis)(?:\s+HLS)?|Intel\s+Quartus|high-level synthesis|HLS` },
  // "edge GPUs" are GPUs (docs/claims.md); "GPU hours" and "250 GPU years" are a cost, not where the method ran.
  { cls: "GPU", pattern: String.raw`CPU[- ]GPU|edge GPUs?|multi-GPUs?|GPUs?(?![- ](?:hours?|days?|weeks?|months?|years?|minutes?|clouds?))|graphics cards?|graphics processing units?` },
  // "CPU memory", "CPU offloading": the CPU as a place to keep data, not where the method runs.
  // "a mobile CPU" names a processor: a CPU, not an edge device (docs/claims.md).
  { cls: "CPU", pattern: String.raw`CPUs?(?![- ](?:hours?|days?|minutes?|memory|RAM|DRAM|offload\w*))|multi-?core processors?|x86 processors?|Intel (?:servers?|processors?)` },
  { cls: "ASIC", pattern: String.raw`TPUs?` , device: "TPU" },
  { cls: "ASIC", pattern: String.raw`NPUs?|neural processing units?`, device: "NPU" },
  { cls: "ASIC", pattern: String.raw`\d{1,2}[- ]?nm\s+(?:CMOS|technology|process|node)|fabricated in|tape[- ]?out|taped[- ]out`, fabricated: true },
  // Processing near memory or inside storage is the processing-in-memory family: custom hardware, not the host's GPU.
  { cls: "ASIC", pattern: String.raw`ASICs?|processing[- ]in[- ]memory|PIM|compute[- ]in[- ]memory|computing[- ]in[- ]memory|in-memory computing|CIM|CGRAs?|CGLAs?|RDAs?|RDUs?|reconfigurable dataflow (?:accelerators?|architectures?|units?)|chiplets?|neuromorphic (?:chips?|hardware|processors?|platforms?|systems?)|near-(?:memory|data) (?:processing|computing)|processing[- ]near[- ]memory|PNM|in-storage (?:computing|processing)|computational storage(?: drives?| devices?)?|CSDs?|\d{1,2}\s?nm|(?<!Apple )silicon` },
  // Design words. The plural names a category ("hardware accelerators", "DNN accelerators"); the paper's own design is "the accelerator".
  // "a given accelerator", "any accelerator" name no design either.
  { cls: "ASIC", pattern: String.raw`(?<!\b(?:given|any|each|every|single) )accelerator(?!s)|systolic arrays?|dataflow architectures?|co-?processors?|datapaths?|bit-serial|RTL|microarchitectures?|processing elements?`, weak: true },
  { cls: "edge", pattern: String.raw`(?:smart ?phones?|(?:the |commodity |commercial |mobile )?phones|(?:Android|cell) phones?|Android (?:devices?|smartphones?)|mobile (?:phones?|devices?|platforms?|SoCs?|processors?|NLP|applications?|apps?|vision|deployment|hardware|settings?|scenarios?)|edge (?:devices?|platforms?|clients?|computing|deployment|inference|applications?|AI|hardware|servers?)|(?:on|at|for) the edge|microcontrollers?|MCUs?|IoT devices?|embedded (?:devices?|systems?|platforms?)|on-device|wearables?|AR/VR (?:headsets?|devices?))` },
];

/** Software and techniques that imply where the method ran, without being hardware. */
export const IMPLICATIONS: { cls: TargetClass; pattern: string }[] = [
  { cls: "GPU", pattern: String.raw`CUDA|TensorRT(?:-LLM)?|FasterTransformer|Triton|Tensor Cores?|cuBLAS|cuDNN|cuSPARSE|CUTLASS|FlashAttention(?:-?\d)?|NCCL|vLLM|SGLang` },
  { cls: "CPU", pattern: String.raw`oneDNN|x86|AVX-?\d*|llama\.cpp|OpenMP|MKL` },
  { cls: "edge", pattern: String.raw`Core ?ML|TensorFlow Lite|TFLite|NCNN|MNN|ExecuTorch|Android|iOS` },
];

/** Builds one alternation with a capture group around each row, so the matching row is known. */
export function alternation(patterns: string[]): string {
  return patterns.map((p) => `(${p})`).join("|");
}

const BOUNDARY_AFTER = String.raw`(?![\p{L}\d]|-\d)`;
/** The same for case-insensitive scans, which run without the u flag (word-scan.ts). */
const ASCII_BOUNDARY_AFTER = String.raw`(?![A-Za-z\d]|-\d)`;
/** A whole phrase that is one catalog name: the rows in table order, the first that matches all of it wins. */
const FAMILY_EXACT = new RegExp(`^(?:${alternation(DEVICE_FAMILIES.map((f) => f.pattern))})$`, "iu");

/** The catalog entry and canonical name for a device phrase, if the catalog knows it. */
export function canonicalDevice(text: string): { name: string; cls: TargetClass } | undefined {
  const phrase = text.trim().replace(/\s+(?:GPUs?|CPUs?|FPGAs?|boards?|cards?|devices?)$/i, "").replace(/\s+/g, " ");
  const exact = FAMILY_EXACT.exec(phrase);
  if (exact) return canonicalOfMatch(exact);
  // A phrase with the device inside it ("the Xilinx Alveo U280 FPGA board of the testbed").
  for (const inside of wordMatches(text, DEVICE_INSIDE, "-")) return canonicalOfMatch(inside);
  return undefined;
}

const FAMILY_ROWS = rowGroups(DEVICE_FAMILIES.map((f) => f.pattern));

/** The family and canonical name of a match of DEVICE_SCAN (or of any alternation built from DEVICE_FAMILIES in order). */
export function canonicalOfMatch(m: RegExpExecArray | RegExpMatchArray): { name: string; cls: TargetClass } {
  const { row, groups } = matchedRow(m, FAMILY_ROWS);
  const family = DEVICE_FAMILIES[row]!;
  return { name: family.name(groups), cls: family.cls };
}

/** Every catalog device, generic word and implication as one case-insensitive scan. */
/* Scan sources; the word boundary before a match is checked by wordMatches (word-scan.ts). */
/*
 * Every catalog name starts with a capital letter or a digit ("iPhone" aside), so the device scan
 * tries its rows only there: a lookahead on one character is tested before any row, and most
 * word starts are lower-case (tests/unit/extract/devices.test.ts checks the guard loses nothing).
 */
export const DEVICE_FIRST_CHAR = String.raw`(?=[A-Z\d]|iP)`;
export const DEVICE_ROWS_SOURCE = `(?:${alternation(DEVICE_FAMILIES.map((f) => f.pattern))})${BOUNDARY_AFTER}`;
export const DEVICE_SCAN_SOURCE = `${DEVICE_FIRST_CHAR}${DEVICE_ROWS_SOURCE}`;
export const GENERIC_SCAN_SOURCE = `(?:${alternation(GENERIC_WORDS.map((w) => w.pattern))})${ASCII_BOUNDARY_AFTER}`;
export const IMPLICATION_SCAN_SOURCE = `(?:${alternation(IMPLICATIONS.map((w) => w.pattern))})${BOUNDARY_AFTER}`;
export const GENERIC_ROWS = rowGroups(GENERIC_WORDS.map((w) => w.pattern));
export const IMPLICATION_ROWS = rowGroups(IMPLICATIONS.map((w) => w.pattern));
const DEVICE_INSIDE = wordScan(DEVICE_SCAN_SOURCE, "giu");
