import type { QuantityRule } from "../types";
import { NUMBER, parseNumber, startsCleanly } from "../number-fragments";
import { execAll } from "../exec-all";
import { UNIT, UNIT_MEASURE } from "./from-to";

/** Metrics a score pair may name as its unit ("47.8 mAP vs. 46.5 mAP"): the unit of the change and its measure. */
const METRIC_UNITS = String.raw`mAP|AP(?:50|75)?|BLEU|FID|mIoU|PSNR|F1|WER`;
const NAMED_METRIC = new RegExp(`^(?:${METRIC_UNITS})$`);
/** The units a score pair may carry: those of "from X to Y", and a named metric. */
const PAIR_UNIT = String.raw`(?:${UNIT}|${METRIC_UNITS})(?![\p{L}\d])`;

/*
 * A measure stated for the method and for its baseline side by side: "a LAMBADA accuracy of
 * 66.5% versus 63.2%", "a perplexity of 10.8 against a previous state of the art of 15.8",
 * "90.9% on RACE, compared with the previous best of 89.4%", "51.3 vs. 28.9". The first number
 * is the method's, the second the baseline's: the quantity is the change from the second to the
 * first, which interpretation turns into a signed difference (quality) or a ratio (cost), like
 * "from X to Y".
 */
const BASELINE_SCORE = String.raw`((?:(?:a|the|an)\s)?(?:(?:previous|prior|former|earlier|best|reported)\s)*(?:(?:best|state[- ]of[- ]the[- ]art|SOTA|record|result|score)\s)?(?:(?:result|score|number)\s)?)(?:of\s)?`;
const VERSUS = new RegExp(
  String.raw`(?<![\p{L}\d.])(${NUMBER})\s?(${PAIR_UNIT})?(?:\s(?:on|for)\s(?!average\b)[\w.-]+(?:\s[\w.-]+)?)?,?\s(?:vs\.?|versus|against|compared\s(?:with|to))\s${BASELINE_SCORE}\$?(${NUMBER})\s?(${PAIR_UNIT})?(?![\p{L}\d-]|\.\d|\s?[×x](?![\p{L}]))`,
  "gu",
);
/** "… vs. 18.02 for OmniQuant": whose the second number is. */
const OWNER_AFTER = /^\s(?:for|of|by|in|with)\s((?:the\s)?[^\s,;.()]+(?:\s[^\s,;.()]+){0,3}?)(?=[,;.)]|\s(?:and|while|with|on|at|under|across)\s|$)/;
/** "against a previous state of the art of 15.8": a reference named by the words before the second number. */
const NAMED_REFERENCE = /\b(?:previous|prior|former|earlier|best|state[- ]of[- ]the[- ]art|SOTA)\b/i;

const CHANGE_BEFORE = /\bby\s(?:up to\s|about\s)?$/i;

/** Every match holds one of the words: a sentence without them is not scanned. */
const VERSUS_WORD = /\b(?:vs|versus|against|compared)\b/;

export const versusRule: QuantityRule = {
  id: "versus",
  find(text, offset) {
    if (!VERSUS_WORD.test(text)) return [];
    return execAll(VERSUS, text).flatMap((m) => {
      const ours = m[1]!, reference = m[3]!.trim(), theirs = m[4]!;
      const ourUnit = m[2], theirUnit = m[5];
      // "66.5% versus 63.2%": both in one unit, or the unit written once.
      if (ourUnit && theirUnit && ourUnit.replace("\\", "") !== theirUnit.replace("\\", "")) return [];
      // "reduces perplexity by 1.9 … compared with": a number after "by" is already the change.
      if (!startsCleanly(text, m.index) || CHANGE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) return [];
      const value = parseNumber(ours), from = parseNumber(theirs);
      if (!(value > 0) || !(from > 0) || value === from) return [];
      const unit = ourUnit ?? theirUnit;
      const owner = OWNER_AFTER.exec(text.slice(m.index + m[0].length))?.[1];
      const baseline = owner ?? (NAMED_REFERENCE.test(reference) ? reference : undefined);
      return [{
        start: offset + m.index,
        end: offset + m.index + m[0].length,
        value,
        from,
        form: "change" as const,
        rule: "versus",
        ...(baseline ? { baseline } : {}),
        ...(unit && /%/.test(unit) ? { unitName: "%" } : unit && UNIT_MEASURE[unit] ? { unitMeasure: UNIT_MEASURE[unit] } : unit && !/^[KMGTB]$/.test(unit) && NAMED_METRIC.test(unit) ? { unitName: unit } : {}),
      }];
    });
  },
};
