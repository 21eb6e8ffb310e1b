import type { QuantityRule } from "../types";
import { NUMBER, parseNumber, startsCleanly } from "../number-fragments";

/** Metric names that can follow a number as its unit: "2 BLEU", "by 2.4 points", "1.7 mAP". */
const POINT_UNIT = String.raw`(points?|pp|p\.p\.|BLEU|FID|mAP|AP(?:50|75)?|mIoU|PPL|WER|CIDEr|ROUGE(?:-[\dL])?|PSNR|dB)`;
const POINTS = new RegExp(`(\\+\\s?)?(${NUMBER})\\s?${POINT_UNIT}(?![\\p{L}\\d])`, "gu");
/** "a 0.09 increase in FID": a bare number whose unit is the metric named after the change noun. */
const CHANGE_IN_METRIC = new RegExp(`(${NUMBER})\\s(?:points?\\s)?(increase|decrease|improvement|reduction|drop|gain|rise)\\s(?:in|of)\\s(?:the\\s)?${POINT_UNIT}(?![\\p{L}\\d])`, "gu");
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
    return [...named, ...deltas, ...changes];
  },
};
