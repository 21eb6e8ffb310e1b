import { canonicalDevice, GENERIC_WORDS, alternation } from "./devices";
import { wordMatches, wordScan } from "./word-scan";
import { execAll } from "./exec-all";

/*
 * Canonical names of baselines papers compare against: serving systems, kernels and
 * libraries, precisions. "the vLLM baseline", "vllm" and "vLLM" are one baseline, and so are
 * "FlashAttention2" and "FlashAttention-2", so claims made against one baseline line up in the
 * dashboard. One row per baseline; the lookup regex is generated from the rows. Chips come
 * from the device catalog, and bare hardware classes ("the GPU baseline") from its generic words.
 */
interface BaselineName {
  name: string;
  pattern: string;
}

export const BASELINE_NAMES: BaselineName[] = [
  { name: "vLLM", pattern: String.raw`vLLM` },
  { name: "TensorRT-LLM", pattern: String.raw`TensorRT[- ]?LLM|TRT-LLM` },
  { name: "TensorRT", pattern: String.raw`TensorRT` },
  { name: "FasterTransformer", pattern: String.raw`Faster ?Transformers?` },
  { name: "DeepSpeed", pattern: String.raw`DeepSpeed(?:[- ](?:Inference|FastGen|MII|ZeRO))?` },
  { name: "Hugging Face Accelerate", pattern: String.raw`Hugging ?Face Accelerate|HF Accelerate` },
  { name: "Hugging Face Transformers", pattern: String.raw`Hugging ?Face(?: Transformers| TGI)?|HF Transformers` },
  { name: "Text Generation Inference", pattern: String.raw`Text Generation Inference|TGI` },
  { name: "SGLang", pattern: String.raw`SGLang` },
  { name: "FlexGen", pattern: String.raw`FlexGen` },
  { name: "llama.cpp", pattern: String.raw`llama\.cpp` },
  { name: "MLC-LLM", pattern: String.raw`MLC[- ]?LLM|MLC` },
  { name: "PowerInfer", pattern: String.raw`PowerInfer` },
  { name: "Orca", pattern: String.raw`Orca` },
  { name: "Megatron-LM", pattern: String.raw`Megatron(?:[- ]LM)?` },
  { name: "PyTorch", pattern: String.raw`PyTorch` },
  { name: "TensorFlow Lite", pattern: String.raw`TensorFlow Lite|TFLite` },
  { name: "TensorFlow", pattern: String.raw`TensorFlow` },
  { name: "TVM", pattern: String.raw`(?:Apache )?TVM` },
  { name: "ONNX Runtime", pattern: String.raw`ONNX ?Runtime|ORT` },
  { name: "MNN", pattern: String.raw`MNN|Mobile Neural Network` },
  { name: "FlashAttention-3", pattern: String.raw`Flash[- ]?Attention[- ]?3|FA3` },
  { name: "FlashAttention-2", pattern: String.raw`Flash[- ]?Attention[- ]?(?:2|v2)|FA2` },
  { name: "FlashAttention", pattern: String.raw`Flash[- ]?Attention` },
  { name: "FlashDecoding", pattern: String.raw`Flash[- ]?Decoding(?:\+\+)?` },
  { name: "xFormers", pattern: String.raw`xFormers` },
  { name: "cuBLAS", pattern: String.raw`cuBLAS` },
  { name: "cuSPARSE", pattern: String.raw`cuSPARSE` },
  { name: "Intel MKL", pattern: String.raw`MKL` },
  { name: "FP32", pattern: String.raw`FP32|full[- ]precision|32-bit floating[- ]point|single[- ]precision` },
  { name: "FP16", pattern: String.raw`FP16|half[- ]precision|16-bit floating[- ]point` },
  { name: "BF16", pattern: String.raw`BF16|bfloat16` },
  { name: "INT8", pattern: String.raw`INT8|8-bit integer` },
  { name: "FP8", pattern: String.raw`FP8` },
  { name: "W8A8", pattern: String.raw`W8A8` },
];

/** Model families papers compare against or apply a method to, named with their size: "BERT base", "BERTbase" → BERT-base; "DeiT-S" stays. */
const MODEL_FAMILIES = [
  "DeiT", "ViT", "Swin", "ConvNeXt", "BERT", "RoBERTa", "DistilBERT", "BART", "ResNet", "EfficientNet", "MobileNet(?:V[1-3])?", "YOLO(?:v\\d{1,2})?", "CLIP",
  "LLaMA(?:-?[1-4](?:\\.\\d)?)?", "LLAMA(?:-?[1-4](?:\\.\\d)?)?", "Llama(?:-?[23](?:\\.\\d)?)?", "GPT(?:-?[234])?", "OPT", "T5", "Mistral", "Mixtral", "Qwen(?:\\d(?:\\.\\d)?)?", "Vicuna", "Gemma(?:-?\\d)?", "Phi-?\\d(?:\\.\\d)?", "Falcon", "BLOOM", "Pythia",
  "VGG(?:Net)?", "AlexNet", "GoogLeNet", "Inception(?:-?v\\d)?", "Xception", "DenseNet", "SqueezeNet", "ShuffleNet(?:V2)?", "MobileViT", "PointNet(?:\\+\\+)?", "DETR",
  "ChatGLM\\d?", "PixArt(?:-(?:alpha|α|sigma|Σ|delta|δ))?", "InternLM\\d?", "DeepSeek(?:-V\\d)?", "GPT-J", "GPT-NeoX",
  "Whisper", "LLaVA(?:-1\\.5)?", "DiT", "SAM", "CogVideoX(?:-v?\\d(?:\\.\\d)?)?", "HunyuanVideo", "Open-Sora(?:-Plan)?(?:-v?\\d(?:\\.\\d)?)?", "Latte", "FLUX(?:\\.1)?", "Stable Diffusion(?: (?:v?\\d(?:\\.\\d)?|XL))?", "SD-?XL", "SD-?\\d(?:\\.\\d)?",
];
const SIZE = String.raw`(?:[- ]?(?:[Bb]ase|[Ll]arge|[Ss]mall|[Tt]iny|[Hh]uge|Ti|S|B|L|H|XL|\d+(?:\.\d+)?[BMK]?)\b)?`;
// The word boundary before a name is tested by wordMatches (word-scan.ts): a lookbehind at the head of the alternation would be tried at every position.
// "speed up ViTs by 1.7x": a family named in the plural is the model too.
const MODEL_SCAN = wordScan(`(${MODEL_FAMILIES.join("|")})(${SIZE})s?(?![\\p{L}\\d])`, "gu");

/** Known models a text names, as written, with their offsets. */
export function modelMentions(text: string): { start: number; end: number; written: string }[] {
  return wordMatches(text, MODEL_SCAN).map((m) => ({ start: m.index, end: m.index + m[0].length, written: m[0] }));
}

function canonicalModel(written: string): string | undefined {
  const found = new Set<string>();
  for (const m of wordMatches(written, MODEL_SCAN)) {
    const size = m[2]!.replace(/^[- ]/, "");
    found.add(size ? `${m[1]}-${/^(?:base|large|small|tiny|huge)$/i.test(size) ? size.toLowerCase() : size}` : m[1]!);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

const BOUNDED = (source: string) => `(?<![\\p{L}\\d])(?:${source})(?![\\p{L}\\d])`;
const NAME_SCAN = new RegExp(BOUNDED(alternation(BASELINE_NAMES.map((b) => b.pattern))), "giu");
const CLASS_NAMES = ["FPGA", "GPU", "CPU"] as const;
/** The class word of each name: the first generic row of its class ("FPGAs", "GPUs", "CPUs"). */
const CLASS_WORDS = CLASS_NAMES.map((cls) => GENERIC_WORDS.find((w) => w.cls === cls)!.pattern);
const GENERIC_ONLY = new RegExp(`^(?:(?:the|a|an|our|its|their|standard|optimized|conventional|state-of-the-art|high-end|commodity|commercial|general-purpose|existing)\\s+)*(${alternation(CLASS_WORDS)})(?:[- ](?:based))?(?:\\s+(?:baselines?|implementations?|solutions?|counterparts?|platforms?|systems?|executions?|versions?|inference|servers?))?$`, "iu");

/** The canonical name of a baseline as written, or undefined when it is not a known one. */
export function canonicalBaseline(written: string): string | undefined {
  const names = new Set<string>();
  for (const m of execAll(NAME_SCAN, written)) {
    const row = m.slice(1).findIndex((g) => g !== undefined);
    if (row >= 0) names.add(BASELINE_NAMES[row]!.name);
  }
  // One known name in the phrase; several ("vLLM and TensorRT-LLM") is a list, not one baseline.
  if (names.size === 1) return [...names][0];
  if (names.size > 1) return undefined;
  const device = canonicalDevice(written);
  if (device) return device.name;
  const model = canonicalModel(written);
  if (model) return model;
  const generic = GENERIC_ONLY.exec(written.trim());
  if (generic) {
    // Group 1 is the whole alternation; the rows' groups follow it.
    const index = generic.slice(2, 5).findIndex((g) => g !== undefined);
    return CLASS_NAMES[index];
  }
  return undefined;
}
