/*
 * Where a baseline ran, or what it had, belongs to the baseline phrase a frame names: "state-of-the-art
 * implementations on a CPU", "a system with PIM as a separate device"; "running the model on the
 * ZCU102's Cortex-A53" names the platform itself. baseline-frames.ts asks for it per frame phrase.
 */
/** Nouns for a compared system, and the gerunds of running one: the phrases a platform after them belongs to (also read by hardware-mentions.ts). */
export const SYSTEM_NOUNS = "implementations?|systems?|solutions?|baselines?|frameworks?|librar(?:y|ies)|counterparts?|versions?|designs?";
export const RUNNING_GERUNDS = "running|executing|deploying";
const SYSTEM_NOUN_END = new RegExp(`\\b(?:${SYSTEM_NOUNS})$`, "i");
const PLATFORM_WORD = String.raw`(?:\w+-)?(?:CPUs?|GPUs?|FPGAs?|TPUs?|NPUs?|processors?|servers?)(?:-\w+)?\b`;
// "on CPU and GPU", "on CPU-only and CPU-GPU platforms": a list of platforms is the baselines' too.
const ON_PLATFORM = new RegExp(String.raw`^\s+on\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?${PLATFORM_WORD}(?:(?:,\s*|,?\s+(?:and|or)\s+)(?:the\s+)?(?:[\w-]+\s+){0,2}?${PLATFORM_WORD}){0,3}(?:\s+platforms?\b)?`, "i");
// "running the model on the ZCU102's Cortex-A53", "the same operation on an NVIDIA A100 GPU": the work itself is no baseline, its platform is.
const RUNNING_THE_MODEL = new RegExp(String.raw`^(?:(?:${RUNNING_GERUNDS})\s+(?:the\s+)?(?:same\s+)?(?:model|network|workload|inference)|the\s+same\s+(?:operation|kernel|model|network|workload|computation|task)s?)$`, "i");
const RAN_ON = /^\s+on\s+((?:the\s+)?[^,;()]{2,80}?)(?=\s*(?:[,;()]|\.(?:\s|$)|$|\s(?:it|they|we|our|and|while)\s))/i;
const RUNNING_AT_END = new RegExp(String.raw`\S\s+(?:${RUNNING_GERUNDS}|executed|deployed|implemented|hosted)$`, "i");
// "the same model running in ONNX Runtime on an Intel Xeon CPU": the software it runs in may come first.
const RUNS_ON_PLATFORM = /^(?:\s+(?:in|with|under)\s+[^,;()]{1,40}?)?\s+on\s+(?:an?\s+|the\s+)?[^,;()]{0,40}?\b(?:CPUs?|GPUs?|FPGAs?|TPUs?|NPUs?|processors?|servers?|phones?|boards?|[A-Z][\w-]*\d[\w-]*)\b/i;
const LEADING_GERUND = new RegExp(String.raw`^(?:${RUNNING_GERUNDS})\s+`, "i");
/** "full attention implemented with FlashAttention": the software a baseline is built with is part of it. */
const BUILT_WITH = /^\s+(?:with|in|using)\s+[A-Z][\w.]*(?:-\d+)?(?:\s+[A-Z\d][\w.]*)?(?=[\s,;.)]|$)/;
const BARE_SYSTEM_NOUN = /^(?:an?\s+|the\s+)?(?:system|baseline|design|setup|configuration)$/i;
const WITH_MODIFIER = /^\s+with\s+[^,;()]{2,60}?(?=\s*(?:[,;()]|$))/i;

/**
 * Where the baseline ran is part of it: "state-of-the-art implementations on a CPU", "a system
 * with PIM as a separate device"; "running the model on the ZCU102's Cortex-A53" is the platform.
 */
export function withPlatform(rest: string, phrase: string): { offset: number; phrase: string } | undefined {
  const tail = rest.slice(phrase.length);
  const on = SYSTEM_NOUN_END.test(phrase) ? ON_PLATFORM.exec(tail) : undefined;
  if (on) return { offset: 0, phrase: phrase + on[0] };
  // "Intel's MKL running on a Xeon CPU": the platform a named baseline runs on stays in its phrase.
  const running = RUNNING_AT_END.exec(phrase);
  const runsOn = running ? RUNS_ON_PLATFORM.exec(tail) ?? BUILT_WITH.exec(tail) : undefined;
  if (runsOn) return { offset: 0, phrase: phrase + runsOn[0] };
  // "DSAs of the same generation running in an ordinary facility": a gerund left without its platform is no part of the name.
  if (running) return { offset: 0, phrase: phrase.slice(0, running.index + 1) };
  const ran = RUNNING_THE_MODEL.test(phrase) ? RAN_ON.exec(tail) : undefined;
  if (ran) return { offset: phrase.length + ran[0].length - ran[1]!.length, phrase: ran[1]! };
  // "relative to running the unmodified models", "compared with executing the dense model": what was run is the baseline.
  const gerund = LEADING_GERUND.exec(phrase);
  if (gerund && gerund[0].length < phrase.length) return { offset: gerund[0].length, phrase: phrase.slice(gerund[0].length) };
  const modified = BARE_SYSTEM_NOUN.test(phrase) ? WITH_MODIFIER.exec(tail) : undefined;
  return modified ? { offset: 0, phrase: phrase + modified[0] } : undefined;
}

