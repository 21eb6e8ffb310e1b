import { modelMentions } from "./baseline-names";
import type { SentenceNumber } from "./baseline";
import { execAll } from "./exec-all";

/*
 * The model a method is applied to is the baseline of the claims made on it: "reduces FLOPs by
 * 88.5% on LLaVA", "LLaVA, equipped with SparseVLM, achieves a 54% reduction in FLOPs", "ViT-B
 * reaches 2x the throughput", "retaining 97% of its original accuracy" (the model is the "its").
 * Read only where no comparison frame names a baseline, and only for the known model families
 * of baseline-names.ts: a new model's own name ("SpikingBrain-7B attains 100x") is the method.
 */

/** How far after a number its clause may name the model ("… FLOPs on LLaVA"). */
const AFTER_CHARS = 60;
/** "on LLaVA", "for ViT-L", "of state-of-the-art ViT-L": the words right before a model after the number. */
const APPLIED_BEFORE_MODEL = /\b(?:on|for|of|to|in)\s+(?:the\s+)?(?:(?:state-of-the-art|popular|original|pretrained|pre-trained|standard|vanilla)\s+)*$/i;
/** A clause ends where the model after a number can no longer be its own. */
const CLAUSE_END = /[,;:]|\s(?:while|whereas|and|but)\s/;
/** Where the clause that holds a number starts: the model before it is that clause's subject. */
const CLAUSE_BOUNDARY = /[;:]|,\s(?:and|but|whereas)\s|\.\s/g;
/**
 * A model named as a tool, a comparison or part of another noun phrase ("with LLaVA", "than
 * ViT-B", "the throughput of ViT-L") is not the clause's subject; "On LLaVA, …" and "Built on
 * T5, …" still name the model the method runs on.
 */
const NOT_SUBJECT_BEFORE = /\b(?:with|than|over|against|versus|vs\.?|from|like|such as|of|for)\s+(?:(?:the|state-of-the-art)\s+)*$|\bfrom\s+[\w.-]+\s+to\s+$/i;

/**
 * "For VGGNet, slimming gives a 20x reduction", "With ResNet-50, we achieve …", "Similar experiments
 * with VGG-16 found …": "for" or "with" opening the clause names the model the claim is made on, like "On LLaVA, …".
 */
const OPENS_WITH_FOR = /^\W*(?:(?:similar\s+)?experiments\s+(?:with|on)|for|with)\s+(?:the\s+)?$/i;

/** Between two coordinated claims of one clause: "… FLOPs reduction and 16.63x …", "… latency by 37.3%, decoding-phase latency by 56.9% …". */
const COORDINATED_GAP = /^[^\d,;]{0,40}(?:,\s*(?:and\s+)?|\s+and\s+)[^\d,;]{0,50}$/i;

type ModelMention = ReturnType<typeof modelMentions>[number];

/** Between two models of one list ("BERT, ALBERT and GPT-2"), or after the last of a suite ("Llama-2 and other LLMs"). */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|\/\s*)$/i;
const DERIVED_FROM_BEFORE = /\b(?:built|based)\s+(?:up)?on\s+(?:the\s+)?(?:[\w.-]+(?:,\s*|\s+and\s+|\s+or\s+))*$|\bderived\s+from\s+(?:the\s+)?$/i;
const SUITE_AFTER = /^\s+(?:and|or)\s+(?:\w+\s+)?(?:other|more)\b/i;
/**
 * A model named in a list of the models a method was evaluated on ("On Llama-2 and other LLMs, …",
 * "Evaluated on BERT, ALBERT and ViT, …") is a benchmark suite, not the one model a claim is made on.
 */
function inSuite(sentence: string, models: ModelMention[], m: ModelMention): boolean {
  // "Built on T5-Base and T5-Large, our models …": the models a method is derived from are its baselines, listed or not.
  if (DERIVED_FROM_BEFORE.test(sentence.slice(Math.max(0, m.start - 80), m.start))) return false;
  if (SUITE_AFTER.test(sentence.slice(m.end, m.end + 30))) return true;
  return models.some((o) => o !== m && ((o.start >= m.end && LIST_GAP.test(sentence.slice(m.end, o.start))) || (o.end <= m.start && LIST_GAP.test(sentence.slice(o.end, m.start)))));
}

function afterNumber(sentence: string, models: ModelMention[], n: SentenceNumber): string | undefined {
  const window = sentence.slice(n.end, n.end + AFTER_CHARS);
  const clauseEnd = n.end + (window.search(CLAUSE_END) >= 0 ? window.search(CLAUSE_END) : window.length);
  return models.find((m) => m.start >= n.end && m.end <= clauseEnd && APPLIED_BEFORE_MODEL.test(sentence.slice(n.end, m.start)))?.written;
}

function clauseSubject(sentence: string, models: ModelMention[], n: SentenceNumber): string | undefined {
  let start = 0;
  for (const b of execAll(CLAUSE_BOUNDARY, sentence.slice(0, n.start))) start = b.index + b[0].length;
  return models.find((m) => {
    const lead = sentence.slice(start, m.start);
    return m.start >= start && m.end <= n.start && (!NOT_SUBJECT_BEFORE.test(lead) || OPENS_WITH_FOR.test(lead));
  })?.written;
}

/** The model each number of a sentence is claimed on, where the sentence names one (undefined elsewhere). */
export function appliedModels(sentence: string, numbers: SentenceNumber[]): (string | undefined)[] {
  if (numbers.length === 0) return [];
  const models = modelMentions(sentence);
  if (models.length === 0) return numbers.map(() => undefined);
  // "accelerates both SD and SDXL sampling by 41% and 24%, respectively": one model per number.
  if (numbers.length >= 2 && /\brespectively\b/i.test(sentence)) {
    // "… accelerates SD and SDXL by 41% and 24%, respectively", or after the numbers: "2.28x and 2.33x on CogVideoX and HunyuanVideo, respectively".
    const before = [...new Set(models.filter((m) => m.end <= numbers[0]!.start).map((m) => m.written))];
    const after = [...new Set(models.filter((m) => m.start >= numbers.at(-1)!.end).map((m) => m.written))];
    const listed = before.length === numbers.length || after.length !== numbers.length ? before : after;
    // A list that does not pair up (an unknown model among them) names no model for any one number.
    return listed.length === numbers.length ? listed : numbers.map(() => undefined);
  }
  const single = models.filter((m) => !inSuite(sentence, models, m));
  const after = numbers.map((n) => afterNumber(sentence, single, n));
  // "3.31x FLOPs reduction and 16.63x compression on VGG-16": the model after the last of a list covers the list.
  const ofList = (i: number): string | undefined => {
    const next = numbers[i + 1];
    if (!next || !COORDINATED_GAP.test(sentence.slice(numbers[i]!.end, next.start))) return undefined;
    return after[i + 1] ?? ofList(i + 1);
  };
  return numbers.map((n, i) => after[i] ?? ofList(i) ?? clauseSubject(sentence, single, n));
}
