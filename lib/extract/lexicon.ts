import { wordScan } from "./word-scan";
import type { ClaimKind } from "../schema";
import type { QuantityForm } from "./types";

/*
 * Words that name what a number measures. `flavor` decides the percent conversion:
 * - "time": lower is better (latency, runtime) → "reduces latency by P%" = 1/(1−P)
 * - "rate": higher is better (throughput, speed, efficiency) → "P% higher" = 1+P
 * - "amount": a cost to shrink (memory, FLOPs, energy, money) → "P% less" = 1/(1−P)
 * - "quality"/"error": accuracy-like, signed points; "error" metrics are lower-is-better.
 */
export type TermFlavor = "time" | "rate" | "amount" | "quality" | "error";

export interface MetricTerm {
  kind: ClaimKind;
  flavor: TermFlavor;
  /** "performance" is speed for multipliers and quality for percentages. */
  onlyForms?: QuantityForm[];
  /** Weak words ("better", "outperforms") yield to a specific metric in the same phrase. */
  generic?: boolean;
  /** Configuration (batch size, context length) and efficiency per resource (per DSP, utilization): outside the kinds, never a claim (docs/claims.md). */
  outside?: boolean;
}

interface TermEntry extends MetricTerm {
  pattern: string;
}

/* Longer phrases first: the alternation takes the first branch that matches at a position. */
const TERMS: TermEntry[] = [
  // outside the kinds: configuration (docs/claims.md), and efficiency per resource
  { pattern: "batch sizes?|context (?:lengths?|windows?)|sequence lengths?|input lengths?", kind: "compute", flavor: "amount", outside: true },
  { pattern: "carbon(?: footprint| emissions?)?|CO2e?|CO₂e?|SLO attainment|(?:scaling|parallel|weak[- ]scaling|strong[- ]scaling) efficiency|(?:resource|area|DSP|LUT|hardware|bandwidth) efficiency|(?:chip |silicon )?area(?: savings?| reductions?| overheads?)?|(?:throughput|performance) per (?:DSP|LUT|mm²|mm2|area|core)|per DSP|per mm²|per mm2|compute density|(?:DSP|LUT|hardware|resource|GPU|PE) utili[sz]ation|utili[sz]ation", kind: "compute", flavor: "amount", outside: true },
  // rates whose words would otherwise read as compute ("operations") or accuracy ("performance")
  { pattern: "(?:MACs|FLOPs|ops|operations|instructions) per cycle|(?:end-to-end|inference|runtime|serving|decoding|system) performance|operations per second|ops per second|queries per second|(?:attention |end-to-end |runtime |inference )?computation(?:al)? efficiency|compute efficiency|runtime efficiency|inference efficiency", kind: "speedup", flavor: "rate" },
  // power efficiency written as a rate per watt ("tokens per second per watt", "throughput/W"): energy, not speed (docs/claims.md)
  { pattern: "(?:throughput|performance|speed|tokens?(?: per second|/s)|inferences?(?: per second|/s)?|frames per second|FPS|operations per second|ops per second|queries per second|QPS|requests per second|GOPS|TOPS)(?:\\s?/\\s?|\\s+per\\s+)(?:watt|W|joule|J)", kind: "energy", flavor: "rate" },
  // energy
  { pattern: "energy[- ]delay product|power[- ]delay product|EDP", kind: "energy", flavor: "amount" },
  { pattern: "(?:energy|power)[- ]efficien(?:cy|t)|efficiency per watt|performance[- ]per[- ]watt|perf(?:ormance)?/Watt|per watt|perf(?:ormance)?/W|[TGM]?OPS/W|tokens?/s/W|FPS/W|tokens? per joule|inferences? per (?:joule|watt)", kind: "energy", flavor: "rate" },
  { pattern: "(?:computation(?:al)?|compute|inference|runtime|dynamic|static|total|operation) energy(?: consumption| cost| usage)?|energy(?: consumption| cost| usage| requirements?)?|power(?: consumption| usage| draw)?|joules?", kind: "energy", flavor: "amount" },
  // cost (money, devices)
  { pattern: "cost[- ]efficien(?:cy|t)|cost[- ]effective(?:ness)?|perf(?:ormance)?/cost|perf(?:ormance)?/\\$|performance per (?:dollar|cost)|per dollar|throughput per dollar|price[- ]performance(?: ratios?)?|tokens? per dollar|performance per TCO|perf(?:ormance)?/TCO", kind: "cost", flavor: "rate" },
  { pattern: "TCO(?:/[Tt]okens?)?|total cost of ownership", kind: "cost", flavor: "amount" },
  { pattern: "(?:costs?|price) per (?:(?:million |1M |1K )?tokens?|query|queries|requests?|inferences?|hour)|cheaper|(?:less|more) expensive|money|dollar costs?|dollars?|USD|bills?|monetary cost|price|GPU[- ]hours?|GPU[- ]days?|GPU[- ]time|GPU[- ]seconds?|training costs?|serving costs?|deployment costs?|costs? of (?:training|serving|deploying|deployment|running)|search costs?|(?:fewer|less) GPUs|(?:GPU |compute |hardware )?resources", kind: "cost", flavor: "amount" },
  // compute
  { pattern: "computational (?:cost|complexity|overhead|load|requirements?|budget)|computation(?:al)? costs?|compute costs?|computations?(?: load)?|compute|inference costs?|rollout costs?|FLOPs cost|G?T?FLOPS?|GFLOPs|TFLOPs|FLOPs|MACs|multiply[- ]adds|mult[- ]adds|MAdds|multiply[- ]accumulate(?: operations)?|operations|BOPs|activated parameters|activated experts|activating", kind: "compute", flavor: "amount" },
  // A bare "cost" is money ("31.3% lower cost", "saves 21.6x in cost"); the cost of computing is named so ("computational cost", "inference cost").
  { pattern: "cost consumption|overheads?", kind: "compute", flavor: "amount", generic: true },
  // "at the cost of a 0.09% drop" names a trade-off, not money.
  { pattern: "(?<!\\bat (?:the|a|an|some) )costs?", kind: "cost", flavor: "amount", generic: true },
  // memory
  { pattern: "(?:peak |on-chip |off-chip )?(?:SRAM|DRAM|RAM|HBM|[Ff]lash)(?: usage| footprint| consumption| requirements?| size)|(?:peak |on-chip |off-chip )?(?:SRAM|DRAM|RAM|Flash)|(?:on-chip |off-chip )?buffer(?: size| requirements?| usage)?|(?:peak |activation |GPU |runtime |inference |training )?memory(?: footprint| usage| consumption| requirements?| cost| overhead| traffic| access(?:es)?| bandwidth)?|KV[- ]cache(?: size| memory)?|cache size|(?:original|full|entire|whole|uncompressed) (?:KV )?caches?|model sizes?|storage(?: cost)?|compression rates?|(?:active |activation )?param(?:eter)?s?(?: count| reduction)?|parameter count|footprint|DRAM access(?:es)?|off-chip access(?:es)?|external memory access(?:es)?|(?:weight|memory|DRAM) fetch(?:es)?|data movement|data transfers?|data exchanged|transferred data|(?:network |data )?traffic|communication(?: volume| traffic| costs?| overheads?)?|bandwidth|compression ratio|compression|(?:3D )?Gaussians|Gaussian primitives|primitives|smaller|size", kind: "memory", flavor: "amount" },
  // "draws only 4.2 W, 11x less than the GPU": the verb of power names the measure of a multiple.
  { pattern: "draws?|drawing", kind: "energy", flavor: "amount", onlyForms: ["multiplier"], generic: true },
  // "shrinking the model by 3.9x": a verb of size with the model as its object is the model's size, ahead of a speed named earlier.
  { pattern: "(?:shr(?:inks?|inking|unk)|compress(?:es|ed|ing)?) (?:the |our |its |a )?(?:model|network|weights)", kind: "memory", flavor: "amount" },
  // "cuts its weights by 85%": the weights a verb of size shrinks are the model's size ("1% of the salient weights" is a setting).
  { pattern: "(?:cut(?:s|ting)?|reduc(?:es|ed|ing|e)|shr(?:inks?|inking|unk)|compress(?:es|ed|ing)?|prun(?:es|ed|ing|e)) (?:its |the |their |model )?weights", kind: "memory", flavor: "amount" },
  // "compresses the model by 10.5x": the verb names the measure when no noun does.
  { pattern: "compress(?:es|ed|ing)?", kind: "memory", flavor: "amount", generic: true },
  // speed: time-like (lower is better)
  { pattern: "time[- ]to[- ]first[- ]token|TTFT|TPOT|(?:end-to-end |inference |decoding |generation |execution |training |response |step |iteration |wall[- ]clock |wall |run[- ]?|prefill |sampling |search |compilation |processing )?time(?: consumption| cost)?|(?:end-to-end |inference |decoding |generation |execution |training |response |step |iteration |wall[- ]clock |wall |run[- ]?|prefill |sampling |search |compilation |processing )times|runtimes?|latenc(?:y|ies)|delay", kind: "speedup", flavor: "time" },
  // speed: rate-like (higher is better)
  { pattern: "speed[- ]?ups?|speed(?:s|ing)? up|sped up|faster|slower|acceleration|accelerat(?:es|ed|ing|e)|throughput|(?:inference |decoding |generation |training |sampling )?speed|tokens?/s|tokens? per second|TPS|FPS|frames per second|frame rates?|request rates?|query rates?|QPS|requests per second|(?:more )?requests|goodput|OPS|iterations|as fast|fast", kind: "speedup", flavor: "rate" },
  // accuracy-like
  // A benchmark's drop is a loss in quality ("a VBench drop of less than 1%"); a benchmark's bare name is a dataset, not a measure ("on MT-Bench by 2.8x").
  { pattern: "(?:accuracy|VBench|MT-Bench|MMLU|GLUE|HumanEval|MBPP|GSM8K) (?:loss|drop|degradation|gap|cost|penalty)|perplexity|PPL|FID|WER|word error rate|error rate|error|(?:validation|training|test|evaluation|eval|language modeling|LM) loss", kind: "accuracy", flavor: "error" },
  { pattern: "(?:VBench|MT-Bench|MMLU|HumanEval|MBPP|GSM8K|LongBench) (?:scores?|accuracy)|top-[15](?: accuracy)?|exact[- ]match(?: accuracy| scores?)?|accuracy|accurate|AUC|CLIP(?: score)?|BLEU|mAP|AP(?:50|75)?|mIoU|F1|ROUGE(?:-[\\dL])?|CIDEr|PSNR|SSIM|GLUE(?: score)?|SuperGLUE(?: score)?|scores?|quality|recall@\\d+|Recall@\\d+|pass@\\d+|win rate|success rate|pass rate", kind: "accuracy", flavor: "quality" },
  { pattern: "points|outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|performs? favorably|better|performs?", kind: "accuracy", flavor: "quality", onlyForms: ["percent", "points"], generic: true },
  { pattern: "performance", kind: "accuracy", flavor: "quality", onlyForms: ["percent", "points"], generic: true },
  { pattern: "performance", kind: "speedup", flavor: "rate", onlyForms: ["multiplier"] },
  // Systems papers "outperform X by 6.13x": with a multiplier the comparison is speed.
  { pattern: "outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beats?", kind: "speedup", flavor: "rate", onlyForms: ["multiplier"], generic: true },
];

/** One alternation over every term, so a window is scanned once. */
/** The word boundary before a term is checked by wordMatches (word-scan.ts), not by a lookbehind. */
export const METRIC_TERM = wordScan(`(?:${TERMS.map((t) => `(${t.pattern})`).join("|")})(?![A-Za-z\\d]|-[A-Za-z])`, "gi");

/** Capturing group i of METRIC_TERM belongs to TERMS[i]. */
/** Each term's pattern on its own, to find every reading of words the alternation matched once. */
const TERM_EXACT = TERMS.map((t) => new RegExp(`^(?:${t.pattern})$`, "iu"));

/*
 * The words METRIC_TERM matches are a small vocabulary (the rows' own words in a few spellings),
 * and reading one tests every row's exact pattern: each reading is kept, keyed by the matched
 * words and the row whose group matched. A pure function of the key, so a kept reading is the
 * same answer; bounded, so odd text cannot grow it.
 */
const READINGS = new Map<string, MetricTerm[]>();
const MAX_READINGS = 4096;

/** All readings of the matched words, in TERMS order ("performance" is accuracy or speed by form). */
export function termOfMatch(match: RegExpMatchArray): MetricTerm[] {
  let row = 0;
  while (row < TERMS.length && match[row + 1] === undefined) row++;
  const key = `${row}:${match[0]}`;
  let terms = READINGS.get(key);
  if (terms === undefined) {
    terms = TERMS.filter((_, i) => i === row || TERM_EXACT[i]!.test(match[0]));
    if (READINGS.size >= MAX_READINGS) READINGS.clear();
    READINGS.set(key, terms);
  }
  return terms;
}

/** Accuracy-like units where a lower value is better quality (FID, perplexity, word error rate). */
export const LOWER_IS_BETTER_UNIT = /^(?:FID|PPL|WER)$/i;

/** Cues that a quantity describes a decrease of what was measured. */
export const DECREASE_CUE = /\b(?:reduc\w*|cut(?:s|ting)?|lower\w*|less|fewer|slower|sav(?:e|es|ed|ing|ings)|conserv(?:e|es|ed|ing)|decreas\w*|decrement|drops?|dropp\w*|falls?|falling|fell|smaller|shr[iu]nk\w*|shorter|compress\w*|slash\w*|eliminat\w*|minimi[sz]\w*|lessen\w*|down|declin\w*)\b/i;
/** Cues that a quantity describes an increase of what was measured. */
export const INCREASE_CUE = /(?:\b(?:higher|faster|improv\w*|increas\w*|boost\w*|gains?|more|better|enhanc\w*|speed[- ]?ups?|accelerat\w*|greater|outperform\w*|surpass\w*|exceed\w*|superior|up|rais(?:e|es|ed|ing))\b|\+)/i;
/** Accuracy cues of a loss. */
export const QUALITY_LOSS_CUE = /\b(?:drops?(?!-in)|dropp\w*|loss(?:es)?|los(?:e|es|ing)|degrad\w*|decreas\w*|lower|worse|below|behind|sacrific\w*|reduc\w*|declin\w*|penalt\w*|within|cost of)\b/i;
/** Accuracy cues of a gain. */
export const QUALITY_GAIN_CUE = /(?:\b(?:higher|improv\w*|gains?|adds?|added|adding|outperform\w*|better|more accurate|increas\w*|boost\w*|surpass\w*|exceed\w*|beats?|ahead|favorabl[ey]|rais(?:e|es|ed|ing)|lift\w*|recover(?:s|ed|ing)?)\b|\+)/i;
/** "(83.3% vs. 80.8%)": a pair of absolute scores, not a difference. */
export const SCORE_PAIR_AFTER = /^\s?(?:\([^()]{0,30}\)\s?)?(?:vs\.?|versus)\s/i;
export const SCORE_PAIR_BEFORE = /\b(?:vs\.?|versus)\s*$/i;
/** "+187.5% improvement in E^3": the number measures something the lexicon does not know. */
export const UNKNOWN_MEASURE_AFTER = /^\s?(?:[\w-]+\s){0,1}(?:improvements?|reductions?|increases?|gains?|decreases?|boosts?)\s+(?:in|of)\s+\S/i;
/** "1.3% higher acceptance": a comparative right after the number and the noun it compares; the noun decides the measure. */
export const COMPARED_NOUN_AFTER = /^\s?(?:higher|lower|greater|more|less|fewer)\s+(?!than\b|and\b|or\b|with\b|while\b|in\b|on\b|at\b|for\b|of\b|to\b|compared\b|relative\b|over\b|when\b|efficient\b|accurate\b|the\b|a\b|an\b|by\b|end-to-end\b|overall\b|average\b|peak\b)([A-Za-z][\w-]*)/i;

/** "uses 15% of", "only 30-40% of", "activating 30% of", "reduced to 38% of", "compress the KV cache to 12.5% of": a share of the baseline's cost. */
export const SHARE_OF_BEFORE = /\b(?:us(?:e|es|ed|ing)|only|requir\w*|need\w*|consum\w*|activat\w*|just|merely|with|tak(?:e|es|ing)|occup\w*|is|are|was|were|becomes?|(?:reduc|cut|lower|decreas|shr[iu]nk|compress|brought|bring|drop|trim)\w*(?:\s+(?!to\b)[\w-]+){0,4}?(?: down)?(?<!\bup) to)\s+(?:only\s+|just\s+|about\s+|around\s+|roughly\s+|approximately\s+|less than\s+|under\s+|below\s+|at most\s+|no more than\s+|[<≤~]\s?)?$/i;
export const SHARE_OF_AFTER = /^\s?of\b/i;
/** "KV cache size is reduced to 20%": brought down to a share, with or without "of the original". */
export const REDUCED_TO_BEFORE = /\b(?:reduc|cut|lower|decreas|shr[iu]nk|compress|brought|bring|drop|trim)\w*(?:\s+(?!to\b)[\w-]+){0,4}?(?: down)?(?<!\bup) to\s+(?:only\s+|just\s+|about\s+|around\s+|roughly\s+|approximately\s+|less than\s+|under\s+|below\s+)?$/i;
/** "retains 98% of its performance" → a relative accuracy loss. */
export const RETAIN_BEFORE = /\b(?:retain\w*|maintain\w*|preserv\w*|recover\w*|keep\w*|keeping)\s+(?:over\s+|more than\s+|about\s+|around\s+|nearly\s+|approximately\s+|up to\s+|at least\s+|only\s+|~\s?)?$/i;

/** Scale and configuration statements: "25x larger models", "2x longer context". */
/** "tokens per joule", "tokens/s": a rate of tokens, not a count of them. */
export const NOT_A_RATE = String.raw`(?!\s?(?:per|\/)\s?(?:joule|J\b|watt|W\b|second|s\b|dollar|\$))`;
export const SCALE_AFTER = new RegExp(String.raw`^[\s-]*(?:times\s+)?(?:[\w-]+\s+)?(?:expansion|scale-?up)|^\s*(?:its|their) (?:size|parameters)|^[\s-]*(?:times\s+)?(?:(?:the |a )?(?:maximum |max |larger )?(?:batch sizes?|sequence lengths?|context (?:lengths?|windows?)|model sizes? (?:that|which) can))|^[\s-]*(?:times\s+)?(?:larger|bigger|longer|wider|deeper|more (?:data|tokens${NOT_A_RATE}|parameters|params|training|samples|layers|experts)|the (?:size|number|amount) of (?:data|tokens|parameters))`, "i");
/** "scale up attention computation by almost 40times": growth in capacity, not a saving. */
export const SCALE_BEFORE = /\bscal(?:e|es|ed|ing)(?: it| them)? up\b[^.;]{0,50}$/i;
/**
 * Configuration, not comparison: "sparsity ratios of 70%", "prune 50% of the weights",
 * "70% sparsity", "10% of the data", "25% layers removed", "a compression ratio of 92.2%".
 * Anchored next to the number so a nearby "pruned model" does not veto "maintains 98%".
 */
export const CONFIGURATION_BEFORE = /\b(?:sparsity(?: ratios?| levels?| rates?)?|sparse ratios?|prun(?:e|es|ed|ing)(?: ratios?| rates?)?|dropout(?: rates?)?|masking ratios?|mask ratios?|compression (?:ratios?|rates?)|keep ratios?|retention ratios?|(?<!(?:accuracy|performance|quality|precision|score|top-[15]|FLOPS|FLOPs|latency|memory|energy|cost|time|throughput|size|usage)\s)drop(?:ping)?|remov(?:e|es|ing)|mask(?:s|ing)?|skip(?:s|ping)?)(?:\s+(?:of|at|to|about|around|up to|only|the|a|an|with|is|are|was|were|reaches|reaching|of up to))*\s*$/i;
export const CONFIGURATION_AFTER = /^\s?(?:\S+\s){0,1}?(?:sparsity|sparse\b|pruned|pruning|dropout|masking|mask ratio|of (?:the |its |their )?(?:theoretical |hardware |attainable )?peak\b|of (?:the |all |their )?(?:requests|queries|jobs)\b|of (?:the |its |their )?(?:data|dataset|training data|training set|weights|heads|layers|samples|labels|images|steps|experts|neurons|channels|patches|parameters pruned)|(?:visual |vision |image |text |input |KV |prompt )?tokens?\b|(?:trainable|tunable|learnable) param(?:eter)?s|of (?:the )?(?:model )?(?:parameters|weights) (?:updated|trained|tuned|fine-tuned)|layers? (?:removed|pruned|dropped|skipped)|bits?\b|bit-width|batch size|context length|sequence length)/i;
/** "achieving 95% performance of Llama3-70B": reaching a share of a reference model. */
export const REACH_SHARE_BEFORE = /\b(?:achiev\w*|reach\w*|attain\w*|match\w*|recover\w*|retain\w*|maintain\w*|preserv\w*|keep\w*|is|are|was|were|becomes?)\s+(?:over\s+|more than\s+|about\s+|around\s+|nearly\s+|approximately\s+|up to\s+|at least\s+|only\s+)?$/i;
export const SHARE_OF_REFERENCE_AFTER = /^\s?(?:of\b|(?:the |its |their )?(?:original |full |baseline )?(?:performance|accuracy|quality)\s+of\b)/i;
/** A percentage followed directly by "of" without a use-verb is a breakdown ("44% of execution time"), not a comparison. */
export const BARE_SHARE_AFTER = /^\s?of\b/i;
/**
 * What makes an accuracy figure a comparison rather than an absolute score: "by 2%" before it,
 * a comparative right after it ("1.7% higher"), a change noun before it ("improvements of 15%"),
 * or an explicit sign.
 */
export const ACCURACY_COMPARISON_BEFORE = /(?:\bby|\b(?:los(?:e|es|ing)|sacrific\w*|recover(?:s|ed|ing)?|improvements?|gains?|increases?|decreases?|drops?|loss(?:es)?|degradation|gap|boost|margin|reduction|advantage|costs?|penalt(?:y|ies)|(?:price|expense) of)(?: in [\w\s-]{1,20}?)?(?: of| by| to| (?:is|are|was|were|remains?|stays?|keeps?))?|\bwithin|\boutperform\w*(?: [\w-]+){0,3}?)(?:\s+(?:up to|over|no more than|not more than|more than|less than|below|under|about|around|nearly|approximately|only|just|merely|a mere|slightly|a|an|the|average|of|on average|roughly|at least|at most|ranging from|in the range of|from|between)){0,3}(?:\s*\(?\s*[<≤>≥~≈])?\s*\(?\s*$/i;
export const ACCURACY_COMPARISON_AFTER = /^\s?(?:\S+\s){0,3}?(?:higher|lower|better|worse|more|less|improvements?|improved|gains?|increases?|decreases?|drops?|loss(?:es)?|degradation|boost|reduction|above|below|behind|over|ahead)\b/i;
