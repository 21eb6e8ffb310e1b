import type { Quantity, QuantityRule } from "../types";
import { NUMBER, parseNumber, signedMatches, startsCleanly } from "../number-fragments";
import { LOWER_IS_BETTER_UNIT } from "../lexicon";
import { execAll } from "../exec-all";

/** Metric names that can follow a number as its unit: "2 BLEU", "by 2.4 points", "1.7 mAP". */
const POINT_UNIT = String.raw`(percentage points?|points?|pp|p\.p\.|BLEU|FID|mAP|AP(?:50|75)?|mIoU|PPL|[Pp]erplexity|WER|CIDEr|ROUGE(?:-[\dL])?|PSNR|CLIP score|AUC|dB)`;
/** "20.5 absolute accuracy points", "6 average performance points": words that describe the points. */
export const POINT_DESCRIPTION = String.raw`(?:(?:absolute|accuracy|average|performance|quality)\s){0,2}`;
/** The unit words above plus metrics named in full. */
export const POINT_UNIT_OR_WORD = String.raw`(percentage points?|points?|pp|BLEU|FID|mAP|AP(?:50|75)?|mIoU|PPL|perplexity|WER|CIDEr|ROUGE(?:-[\dL])?|PSNR|dB)`;
/** "2.4 points", "a 1.5-point gain", "3 percentage points". */
const POINTS = new RegExp(`(${NUMBER})[\\s-]?${POINT_DESCRIPTION}${POINT_UNIT}(?![\\p{L}\\d])`, "gu");
/** Metrics whose own scale a bare number after them is in: "reduces perplexity by 0.8", "improves BLEU by 1.2". */
/** "perplexity rises by only 0.2", "BLEU improves by 1.1": a verb between the metric and "by" says where it went. */
const METRIC_VERBS = "(?:only\\s)?(?:rises?|rose|increases?|increased|grows?|grew|goes up|went up|decreases?|decreased|drops?|dropped|falls?|fell|degrades?|degraded|improves?|improved)";
// "perplexity on WikiText-2 increases by only 0.07": the dataset may stand between the metric and its verb.
export const METRIC_BY_NUMBER = String.raw`(BLEU|FID|mAP|mIoU|PPL|[Pp]erplexity|WER|CIDEr|R(?:OUGE|ouge)(?:-[\dL])?|PSNR)(?:\s(?:score|scores))?(?:\s(?:on|for)\s[A-Z][\w.-]*)?(?:\s(increase|decrease|reduction|drop|gain|improvement|degradation|rise|${METRIC_VERBS}))?\s(?:by|of)\s`;
const BARE_AFTER_METRIC = new RegExp(`${METRIC_BY_NUMBER}(?:up to |about |around |nearly |only |just |merely |over )?(${NUMBER})(?!\\.?\\d|[%×\\p{L}]|\\s?(?:%|×|times|points?|pp|percent)\\b)`, "gu");
/** Change nouns; "a 0.09 increase in FID" is a bare number whose unit is the metric named after the noun. */
export const CHANGE_NOUNS = "increase|decrease|improvement|reduction|drop|gain|rise|decline";
const CHANGE_IN_METRIC = new RegExp(`(${NUMBER})\\s(?:points?\\s)?(${CHANGE_NOUNS})\\s(?:in|of)\\s(?:the\\s)?${POINT_UNIT}(?![\\p{L}\\d])`, "gu");
/** "0.5 higher BLEU", "1.8 lower perplexity", "<0.1 perplexity degradation": a comparative or change word beside a named metric. */
const COMPARED_METRIC = new RegExp(`(${NUMBER})\\s(?:(higher|better|more|lower|worse|less)\\s${POINT_UNIT_OR_WORD}|${POINT_UNIT_OR_WORD}\\s(degradation|drop|loss|increase|improvement|gain|reduction))(?![\\p{L}\\d])`, "gu");
/** "its FID is 2.1 lower than that of ToMe", "perplexity on C4 is 0.4 higher than": a metric stated, then how far from the baseline it is. */
const METRIC_IS_COMPARED = new RegExp(String.raw`${POINT_UNIT_OR_WORD}(?:\s(?:on|of|for)\s[\w.-]+(?:\s[\w.-]+){0,2})?\s(?:is|was|are|were|stays|remains)\s(?:only\s|just\s|about\s|around\s)?(${NUMBER})\s(higher|better|lower|worse)\sthan\b`, "giu");
/** What METRIC_WITHIN needs beside its number, for the extraction gate (quantity-sites.ts). */
export const WITHIN_NUMBER_HINT = String.raw`\bwithin \d`;
/** "keeps the perplexity of OPT and BLOOM within 0.3 of the FP16 versions": a bare number bounding how far a metric named before it is from the baseline. */
const METRIC_WITHIN = new RegExp(String.raw`${POINT_UNIT_OR_WORD}(?![\p{L}\d])[^.;%]{0,60}?\swithin\s(${NUMBER})(?!\.?\d|\s?(?:%|×|times\b|percent\b))(?:\s(?:points?|pp))?\sof\b`, "giu");
/** "by 1.2/1.7 BLEU": two numbers sharing one unit. */
const POINT_PAIR = new RegExp(`(${NUMBER})/(${NUMBER})\\s?${POINT_UNIT}(?![\\p{L}\\d])`, "gu");
/** "50.4AP (+2.2)": a signed delta in parentheses after a score. */
const SIGNED_DELTA = new RegExp(`\\(\\s?\\+\\s?(${NUMBER})\\s?\\)`, "gu");

/** "points", "pp" name no metric; anything else is the metric ("BLEU", "PPL"). */
function unitNameOf(unit: string): { unitName?: string } {
  if (/^(?:percentage points?|points?|pp|p\.p\.)$/i.test(unit)) return {};
  return { unitName: /^perplexity$/i.test(unit) ? "PPL" : unit };
}

/**
 * "higher", "lower", "increase", "decrease" say where the metric's value went; "better",
 * "improvement", "gain" and "worse", "degradation", "drop", "loss" say what happened to quality,
 * which on a lower-is-better metric (FID, PPL, WER) is the opposite direction of its value.
 */
function directionOf(word: string, unitName: string | undefined): "increase" | "decrease" {
  const w = verbAsNoun(word.toLowerCase().replace(/^only\s/, ""));
  const quality = /^(?:better|improvement|gain)$/.test(w) ? 1 : /^(?:worse|degradation|drop|loss)$/.test(w) ? -1 : 0;
  if (quality === 0) return /^(?:higher|more|increase|rise)$/.test(w) ? "increase" : "decrease";
  const lowerIsBetter = LOWER_IS_BETTER_UNIT.test(unitName ?? "");
  return (quality > 0) !== lowerIsBetter ? "increase" : "decrease";
}

/** The verbs of METRIC_VERBS read as the change nouns directionOf knows ("rose" → "rise", "degraded" → "degradation"). */
function verbAsNoun(word: string): string {
  if (/^(?:rises?|rose|grows?|grew|goes up|went up)$/.test(word)) return "rise";
  if (/^increase[sd]?$/.test(word)) return "increase";
  if (/^(?:decrease[sd]?|falls?|fell)$/.test(word)) return "decrease";
  if (/^(?:drops?|dropped)$/.test(word)) return "drop";
  if (/^degrade[sd]?$/.test(word)) return "degradation";
  if (/^improve[sd]?$/.test(word)) return "improvement";
  return word;
}

type Fields = Omit<Quantity, "start" | "end" | "form" | "rule">;

/** One family of the rule: a pattern, and the fields of each quantity a match states (a pair states two). */
interface PointsFamily {
  rule: string;
  re: RegExp;
  /** A "+" right before the number is part of the match, as group 1 (number-fragments.ts reads it). */
  signed?: true;
  /** Where the number starts within the match, for the clean-start check. */
  numberAt?: (m: RegExpMatchArray) => number;
  read: (m: RegExpMatchArray) => (Fields & { from?: number; to?: number })[];
}

const FAMILIES: PointsFamily[] = [
  {
    rule: "points",
    re: POINTS,
    signed: true,
    numberAt: (m) => m[1]?.length ?? 0,
    read: (m) => [{ value: parseNumber(m[2]!), ...unitNameOf(m[3]!), ...(m[1] ? { positive: true } : {}) }],
  },
  {
    rule: "points/bare-after-metric",
    re: BARE_AFTER_METRIC,
    numberAt: (m) => m[0].length - m[3]!.length,
    read: (m) => {
      const unit = unitNameOf(m[1]!);
      // "a perplexity increase of 0.12": the change noun says where the metric went.
      return [{ value: parseNumber(m[3]!), from: m[0].length - m[3]!.length, ...unit, ...(m[2] ? { direction: directionOf(m[2], unit.unitName) } : {}) }];
    },
  },
  { rule: "points/signed-delta", re: SIGNED_DELTA, numberAt: () => -1, read: (m) => [{ value: parseNumber(m[1]!), positive: true }] },
  {
    rule: "points/change-in-metric",
    re: CHANGE_IN_METRIC,
    read: (m) => [{ value: parseNumber(m[1]!), direction: /^(?:increase|improvement|gain|rise)$/i.test(m[2]!) ? "increase" : "decrease", ...unitNameOf(m[3]!) }],
  },
  {
    rule: "points/compared-metric",
    re: COMPARED_METRIC,
    read: (m) => {
      const unit = unitNameOf(m[3] ?? m[4]!);
      return [{ value: parseNumber(m[1]!), direction: directionOf(m[2] ?? m[5]!, unit.unitName), ...unit }];
    },
  },
  {
    rule: "points/metric-is-compared",
    re: METRIC_IS_COMPARED,
    numberAt: (m) => m[0].indexOf(m[2]!, m[1]!.length),
    read: (m) => {
      const unit = unitNameOf(m[1]!);
      const from = m[0].indexOf(m[2]!, m[1]!.length);
      return [{ value: parseNumber(m[2]!), from, to: from + m[2]!.length + 1 + m[3]!.length, direction: directionOf(m[3]!, unit.unitName), ...unit }];
    },
  },
  {
    rule: "points/metric-within",
    re: METRIC_WITHIN,
    numberAt: (m) => m[0].lastIndexOf(m[2]!),
    read: (m) => {
      const from = m[0].lastIndexOf(m[2]!);
      return [{ value: parseNumber(m[2]!), from, to: from + m[2]!.length, ...unitNameOf(m[1]!) }];
    },
  },
  {
    rule: "points/pair",
    re: POINT_PAIR,
    read: (m) => [
      { value: parseNumber(m[1]!), from: 0, to: m[1]!.length, ...unitNameOf(m[3]!) },
      { value: parseNumber(m[2]!), from: m[1]!.length + 1, to: m[0].length, ...unitNameOf(m[3]!) },
    ],
  },
];

export const pointsRule: QuantityRule = {
  id: "points",
  find(text, offset) {
    return FAMILIES.flatMap((family) =>
      (family.signed ? signedMatches(family.re, text) : execAll(family.re, text)).flatMap((m) => {
        const at = family.numberAt?.(m) ?? 0;
        if (at >= 0 && !startsCleanly(text, m.index + at)) return [];
        return family.read(m).map(({ from = 0, to = m[0].length, ...fields }) => ({
          ...fields,
          start: offset + m.index + from,
          end: offset + m.index + to,
          form: "points" as const,
          rule: family.rule,
        }));
      }),
    );
  },
};
