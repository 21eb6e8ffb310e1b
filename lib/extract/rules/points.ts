import type { QuantityRule } from "../types";
import { NUMBER, parseNumber, startsCleanly } from "../number-fragments";

/** Metric names that can follow a number as its unit: "2 BLEU", "by 2.4 points", "1.7 mAP". */
const POINT_UNIT = String.raw`(points?|pp|p\.p\.|BLEU|FID|mAP|AP(?:50|75)?|mIoU|PPL|WER|CIDEr|ROUGE(?:-[\dL])?|PSNR|dB)`;
/** The unit words above plus metrics named in full. */
export const POINT_UNIT_OR_WORD = String.raw`(points?|pp|BLEU|FID|mAP|AP(?:50|75)?|mIoU|PPL|perplexity|WER|CIDEr|ROUGE(?:-[\dL])?|PSNR|dB)`;
const POINTS = new RegExp(`(\\+\\s?)?(${NUMBER})\\s?${POINT_UNIT}(?![\\p{L}\\d])`, "gu");
/** "a 0.09 increase in FID": a bare number whose unit is the metric named after the change noun. */
/** Change nouns: "a 0.09 increase in FID". */
export const CHANGE_NOUNS = "increase|decrease|improvement|reduction|drop|gain|rise";
const CHANGE_IN_METRIC = new RegExp(`(${NUMBER})\\s(?:points?\\s)?(${CHANGE_NOUNS})\\s(?:in|of)\\s(?:the\\s)?${POINT_UNIT}(?![\\p{L}\\d])`, "gu");
/** "0.5 higher BLEU", "1.8 lower perplexity", "<0.1 perplexity degradation": a comparative or change word beside a named metric. */
const COMPARED_METRIC = new RegExp(`(${NUMBER})\\s(?:(higher|better|more|lower|worse|less)\\s${POINT_UNIT_OR_WORD}|${POINT_UNIT_OR_WORD}\\s(degradation|drop|loss|increase|improvement|gain|reduction))(?![\\p{L}\\d])`, "gu");
/** "by 1.2/1.7 BLEU": two numbers sharing one unit. */
const POINT_PAIR = new RegExp(`(${NUMBER})/(${NUMBER})\\s?${POINT_UNIT}(?![\\p{L}\\d])`, "gu");
/** "50.4AP (+2.2)": a signed delta in parentheses after a score. */
const SIGNED_DELTA = new RegExp(`\\(\\s?\\+\\s?(${NUMBER})\\s?\\)`, "gu");

export const pointsRule: QuantityRule = {
  id: "points",
  find(text, offset) {
    const named = [...text.matchAll(POINTS)].filter((m) => startsCleanly(text, m.index + (m[1]?.length ?? 0))).map((m) => {
      const unit = m[3]!;
      const generic = /^(points?|pp|p\.p\.)$/i.test(unit);
      return {
        start: offset + m.index,
        end: offset + m.index + m[0].length,
        value: parseNumber(m[2]!),
        form: "points" as const,
        rule: "points",
        ...(generic ? {} : { unitName: unit }),
        ...(m[1] ? { positive: true } : {}),
      };
    });
    const deltas = [...text.matchAll(SIGNED_DELTA)].map((m) => ({
      start: offset + m.index,
      end: offset + m.index + m[0].length,
      value: parseNumber(m[1]!),
      form: "points" as const,
      rule: "points/signed-delta",
      positive: true,
    }));
    const changes = [...text.matchAll(CHANGE_IN_METRIC)].filter((m) => startsCleanly(text, m.index)).map((m) => ({
      start: offset + m.index,
      end: offset + m.index + m[0].length,
      value: parseNumber(m[1]!),
      form: "points" as const,
      rule: "points/change-in-metric",
      direction: /^(?:increase|improvement|gain|rise)$/i.test(m[2]!) ? ("increase" as const) : ("decrease" as const),
      ...(/^(points?|pp|p\.p\.)$/i.test(m[3]!) ? {} : { unitName: m[3]! }),
    }));
    const compared = [...text.matchAll(COMPARED_METRIC)].filter((m) => startsCleanly(text, m.index)).map((m) => {
      const unit = m[3] ?? m[4]!;
      const word = (m[2] ?? m[5]!).toLowerCase();
      const unitName = /^perplexity$/i.test(unit) ? "PPL" : unit;
      // "higher", "lower", "increase", "decrease" say where the metric's value went; "better",
      // "improvement", "gain" and "worse", "degradation", "drop", "loss" say what happened to quality.
      const quality = /^(?:better|improvement|gain)$/.test(word) ? 1 : /^(?:worse|degradation|drop|loss)$/.test(word) ? -1 : 0;
      const valueUp = /^(?:higher|more|increase)$/.test(word);
      const lowerIsBetter = /^(?:FID|PPL|WER)$/i.test(unitName);
      const direction = quality === 0 ? (valueUp ? "increase" : "decrease") : (quality > 0) !== lowerIsBetter ? "increase" : "decrease";
      return {
        start: offset + m.index,
        end: offset + m.index + m[0].length,
        value: parseNumber(m[1]!),
        form: "points" as const,
        rule: "points/compared-metric",
        direction: direction as "increase" | "decrease",
        ...(/^(points?|pp)$/i.test(unit) ? {} : { unitName }),
      };
    });
    const pairs = [...text.matchAll(POINT_PAIR)].filter((m) => startsCleanly(text, m.index)).flatMap((m) => {
      const unit = m[3]!;
      const secondAt = m.index + m[1]!.length + 1;
      return [
        { start: offset + m.index, end: offset + m.index + m[1]!.length, value: parseNumber(m[1]!) },
        { start: offset + secondAt, end: offset + m.index + m[0].length, value: parseNumber(m[2]!) },
      ].map((q) => ({ ...q, form: "points" as const, rule: "points/pair", ...(/^(points?|pp|p\.p\.)$/i.test(unit) ? {} : { unitName: unit }) }));
    });
    return [...named, ...deltas, ...changes, ...compared, ...pairs];
  },
};
