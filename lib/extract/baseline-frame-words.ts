/*
 * The words of comparison frames (baseline-frames.ts): the frame words that open a frame, one
 * row each, compiled into the marker scan; where a frame's noun phrase stops; and the words
 * that tell a baseline's name from a measure, a process or a list around it.
 */

/** The words that open a comparison frame, one row each; the scan regex is built from them. */
const FRAME_MARKERS = [
  "compared (?:to|with|against)",
  // "We compare our system with vLLM and TensorRT-LLM. It achieves …": the next sentence's baseline.
  "compar(?:e|es|ing) (?:(?:it|them|our [\\w-]+|the proposed [\\w-]+|[A-Z][\\w-]*) )?(?:to|with|against)",
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
export const BY_SOON = /\sby\s/i;
export const MARKER_SCAN = new RegExp(`\\b(?:(${FRAME_MARKERS.join("|")})|(${BY_ONLY_MARKERS.join("|")}))\\s+`, "gi");

/** Where a baseline's noun phrase ends. */
export const PHRASE_STOP = new RegExp(
  [
    String.raw`[;:]`,
    String.raw`\.(?:\s|$)`,
    String.raw`\s\(?(?:e\.g\.|i\.e\.|see)`,
    String.raw`,?\s+respectively\b`,
    // "over an A100 GPU and over an NPU-only baseline": the next frame word starts the next baseline.
    String.raw`,?\s+and\s+(?:over|than|against|compared (?:to|with)|versus)\s`,
    // "over Medusa and 1.3% higher acceptance": a number the rules did not keep still ends the name.
    String.raw`,?\s+and\s+(?:up to |about |nearly |over )?\d[\d.,]*\s?(?:%|×|x\b|times\b)`,
    String.raw`\s+by\s+(?:up to |about |around |nearly |over |more than |at least |roughly |an average of |a factor of |\$)*[\d~∼≈$]`,
    String.raw`\s+by\s+(?:a|an)\s+(?:large|wide|clear|significant|considerable|substantial|notable|big)\s+margin`,
    String.raw`,?\s+(?:while|whereas|but|which|who|where|when|within|with(?<!\band\s+with)|without|on(?!-)|in(?!-)|at|for|across|under|using|through|via|during|thanks|because|since|it|they|we|and (?:achiev|reduc|deliver|improv|provid|offer|us|requir|consum|maintain|retain|keep|cut|lower|rais|boost|attain|reach|sav|run|yield|obtain|enabl|accelerat|speed|ha|is|are|incur|need|show|match|outperform|surpass|beat)\w*)\b`,
    String.raw`,\s+(?:[A-Z][\w-]*\s+)?(?:achiev|reduc|deliver|improv|provid|offer|outperform|reach|run(?!time)|attain|sav|cut|lower|yield|bring)\w*\b`,
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
export const MAX_LISTED_PHRASE_CHARS = 200;
/** "X, Y and Z" → items; "the CPU and GPU baselines" stays one phrase unless a list is needed. */
// "compared with a monolithic engine … and with the best prior tiled design": a repeated preposition starts the next item.
export const LIST_SPLIT = /\s*,\s*(?:and\s+|or\s+|as well as\s+)?(?:(?:with|to|over|against)\s+(?=the\s|an?\s))?|\s+(?:and|or|as well as)\s+(?:(?:with|to|over|against)\s+(?=the\s|an?\s))?/i;
export const LEADING_ARTICLE = /^(?:the|a|an)\s+/i;
/** "baseline systems such as FlexGen and vLLM": the examples are the list. */
export const EXAMPLES = /,?\s+(?:such as|like|including|e\.g\.,?)\s+/i;
/** "matches both EfficientNet and ResNeSt accuracy": the measure word is not part of the name. */
export const QUALITY_WORD_AFTER = /\s+(?:accuracy|performance|quality|results?)$/i;
/** "matches the accuracy of the dense model": the measure in front names whose it is, not the baseline. */
/** Words that name what is measured, not whose it is: one list for "the accuracy of X" and for a reference that is only a measure. */
const MEASURE_WORDS = "accuracy|AUC|performance|quality|results?|scores?|perplexity|speed|throughput|latency|time|efficiency|energy|power|FLOPs|MACs|memory|parameters?|compute|computation(?:al complexity)?|complexity|costs?|footprint|storage|size|data|weights|KV cache|inference|execution|training|runtime";
export const MEASURE_OF_BEFORE = new RegExp(`^(?:the\\s+)?(?:[\\w@-]+\\s+)?(?:${MEASURE_WORDS})\\s+of\\s+(?=\\S)`, "i");
/** "the parameters and computational complexity", "99% of accuracy": a measure alone (or two) names no reference. */
export const MEASURE_ONLY = new RegExp(`^(?:the\\s+)?(?:[\\w-]+\\s+)?(?:${MEASURE_WORDS})(?:\\s+and\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?(?:${MEASURE_WORDS}))?(?:\\s+(?:improvements?|gains?|reductions?|drops?))?$`, "i");
/** Phrases that are no baseline: the frame word was used in another sense, or names the measure ("accelerates the execution of X by"). */
/**
 * After a digit that opens a phrase, what makes the number part of a name ("16-bit baselines",
 * "3D-GS", "3DGS") rather than a quantity ("2x", "4GB").
 */
export const NUMBER_IN_NAME = String.raw`(?![\d.,]*(?:-[A-Za-z]|[A-Z]-?[A-Za-z](?<![KMGT]B|[GM]H)))`;
export const NOT_A_BASELINE = new RegExp(String.raw`^(?:the )?(?:execution|inference|training|fine-tuning|finetuning|pre-training|pretraining|computation|decoding|prefill|generation|sampling|processing|runtime|latency|throughput)\b(?!-)|^(?:\d${NUMBER_IN_NAME}|time\b|the (?:course|years?|past|last|entire|whole)\b|a (?:wide|broad|range|variety|set|number)\b|\w+ (?:benchmarks?|datasets?|tasks?|workloads?|settings?|models? sizes?)$)|^(?:previous|prior) (?:years?|decades?)|\b(?:benchmarks?|datasets?)$`, "i");

/** "the number of floating-point operations by 42%", "an order of magnitude and memory by 4x": a phrase ending in a measure is what was measured. */
export const MEASURE_TAIL = new RegExp(`\\b(?:${MEASURE_WORDS}|operations|FLOPS|magnitude|tokens)$`, "i");
/** "accelerates LLM inference by 2.6x": what is accelerated is a process, not a baseline. */
export const PROCESS_ACCELERATED = /^[\w-]+ (?:inference|training|fine-tuning|decoding|generation|serving|prefill(?:ing)?|sampling|execution|computation)$/i;
