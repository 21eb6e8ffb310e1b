import type { QuantityRule } from "../types";
import { NUMBER, parseNumber, startsCleanly } from "../number-fragments";

/*
 * A metric moving "from X to Y" (CLAIMS.md): "FLOPs drop from 72.0G of vanilla MoE to 28.6G",
 * "FID from 1.95 to 1.98". The rule records both numbers; interpretation turns a cost into
 * the ratio and a quality metric into the signed difference. Multiplier ranges ("from 2.91x
 * to 3.51x") are the range rule's.
 */
const UNIT = String.raw`(?:[KMGTB](?![\p{L}\d])|[KMGT]?FLOPs?(?![\p{L}])|[KMG]?MACs(?![\p{L}])|GB|MB|KB|ms(?![\p{L}])|s(?![\p{L}])|seconds|sec(?![\p{L}])|\\?%|W(?![\p{L}])|mJ|J(?![\p{L}])|tokens\/s|FPS)`;
const FROM_TO = new RegExp(
  String.raw`\bfrom\s(${NUMBER})\s?(${UNIT})?\s(?:of\s[^,;.()]{1,40}?\s)?to\s(${NUMBER})\s?(${UNIT})?`,
  "gu",
);

const RANGE_LEAD = /\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\b/i;

function sameUnit(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a.replace("\\", "") === b.replace("\\", "");
}

export const fromToRule: QuantityRule = {
  id: "from-to",
  find(text, offset) {
    return [...text.matchAll(FROM_TO)].flatMap((m) => {
      const fromAt = m.index + m[0].indexOf(m[1]!);
      if (!startsCleanly(text, fromAt) || !sameUnit(m[2], m[4])) return [];
      // "ranging from 0.90% to 23.35% … and from 3.82% to 78.14%" are ranges of claims, not a metric moving.
      if (RANGE_LEAD.test(text.slice(Math.max(0, m.index - 80), m.index))) return [];
      const from = parseNumber(m[1]!);
      const to = parseNumber(m[3]!);
      if (!(from > 0) || !(to > 0) || from === to) return [];
      const unit = m[4] ?? m[2];
      return [{
        start: offset + m.index,
        end: offset + m.index + m[0].length,
        value: to,
        from,
        form: "change" as const,
        rule: "from-to",
        ...(unit && /%/.test(unit) ? { unitName: "%" } : {}),
      }];
    });
  },
};
