import type { ModelFamily, Technique } from "../schema";

/* Keyword evidence per technique, matched on title + abstract. A tag needs one hit. */
const TECHNIQUE_PATTERNS: [Technique, RegExp][] = [
  ["quantization", /\bquantiz\w*|\b(?:INT|W)\d{1,2}(?:A\d{1,2})?\b|\b\d-bit\b|\blow-bit\b|\bbinar(?:y|ized) (?:neural|network|weights)/i],
  ["pruning-sparsity", /\bprun\w*|\bsparsit\w*|\bsparse (?:attention|model|network|weights|MoE|activation)\w*|\bN:M\b|\b2:4\b/i],
  ["distillation", /\bdistill\w*|\bteacher\b.{0,40}\bstudent\b/i],
  ["kv-cache", /\bKV[- ]?cache\w*|\bkey-value cache\b|\bcache evict\w*/i],
  ["speculative-decoding", /\bspeculative (?:decoding|sampling|inference)|\bdraft (?:model|tokens?)\b|\bMedusa\b|\blookahead decoding\b|\bparallel decoding\b/i],
  ["early-exit", /\bearly[- ]exit\w*|\bdynamic depth\b|\blayer skipping\b|\bskip(?:ping)? layers\b|\badaptive computation\b|\bdepth-adaptive\b/i],
  ["token-pruning", /\btoken (?:pruning|merging|reduction|dropping|selection|compression)\b|\bprun\w* tokens\b|\bmerg\w* tokens\b|\bToMe\b|\bvisual tokens?\b.{0,40}\b(?:reduc|prun|compress)\w*/i],
  ["efficient-attention", /\b(?:linear|sparse|efficient|window|flash|local|sliding[- ]window) attention\b|\bFlashAttention\w*|\battention kernel\w*|\bCUDA kernels?\b|\bkernel fusion\b|\bsub-quadratic\b|\blinear complexity\b/i],
  ["mixture-of-experts", /\bmixture[- ]of[- ]experts?\b|\bMoE\b|\bexperts? routing\b|\bsparse experts?\b/i],
  ["serving-parallelism", /\bserving\b|\boffload\w*|\bparallelism\b|\bbatching\b|\bscheduling\b|\bdistributed inference\b|\bpipeline parallel\w*|\btensor parallel\w*|\bvLLM\b|\bthroughput-oriented\b/i],
  ["hardware-accelerator", /\bFPGA\w*|\bASIC\w*|\baccelerator\w*|\bhardware[- ](?:software )?co-?design\b|\bsystolic\b|\bprocessing[- ]in[- ]memory\b|\bin-memory computing\b/i],
  ["diffusion-sampling", /\bfew[- ]step\b|\bone[- ]step (?:generation|diffusion|sampling)|\bsampling steps\b|\bfeature caching\b|\bcach\w* (?:features|activations)\b.{0,60}diffusion|\bdiffusion\b.{0,80}\b(?:caching|step distillation|fewer steps|accelerat\w*)/i],
  ["architecture-search", /\barchitecture search\b|\bNAS\b|\bsearch space\b/i],
];

const FAMILY_PATTERNS: [ModelFamily, RegExp][] = [
  ["multimodal", /\bmulti-?modal\b|\bvision[- ]language\b|\bVLMs?\b|\bMLLMs?\b|\bLVLMs?\b|\btext-to-(?:video|3D)\b|\bvideo-audio\b/i],
  ["diffusion", /\bdiffusion\b|\bDiT\b|\bimage generation\b|\bgenerative model\w*\b|\bGANs?\b|\btext-to-image\b|\bflow matching\b/i],
  ["speech", /\bspeech\b|\baudio\b|\bASR\b|\bspeech recognition\b|\bConformer\b|\bTTS\b|\bwhisper\b/i],
  ["llm", /\bLLMs?\b|\blarge language models?\b|\blanguage models?\b|\bGPT\b|\bLLaMA\w*|\bBERT\w*|\bMistral\b|\bQwen\w*|\bnatural language\b|\bmachine translation\b|\btokens?\b/i],
  ["vision", /\bvision transformers?\b|\bViTs?\b|\bimage classification\b|\bobject detection\b|\bsegmentation\b|\bImageNet\b|\bCNNs?\b|\bconvolutional\b|\bcomputer vision\b|\bpoint clouds?\b|\bvideo\b/i],
];

/** Every technique pattern in one alternation: one pass over the text instead of thirteen. */
const ANY_TECHNIQUE = new RegExp(TECHNIQUE_PATTERNS.map(([, re]) => `(${re.source})`).join("|"), "gi");

export function tagTechniques(title: string, abstract: string): Technique[] {
  const found = new Set<Technique>();
  for (const m of `${title}\n${abstract}`.matchAll(ANY_TECHNIQUE)) {
    // The words one technique matched may also be another's ("sparse attention").
    for (const [technique, re] of TECHNIQUE_PATTERNS) if (!found.has(technique) && re.test(m[0])) found.add(technique);
    if (found.size === TECHNIQUE_PATTERNS.length) break;
  }
  // Report in the fixed order of TECHNIQUE_PATTERNS, not in order of appearance.
  return TECHNIQUE_PATTERNS.map(([t]) => t).filter((t) => found.has(t));
}

/** The first family with evidence in the title wins, then in the abstract; order breaks ties (a VLM is multimodal, not LLM). */
export function classifyModelFamily(title: string, abstract: string): ModelFamily {
  for (const text of [title, abstract]) {
    const hit = FAMILY_PATTERNS.find(([, re]) => re.test(text));
    if (hit) return hit[0];
  }
  return "other";
}
