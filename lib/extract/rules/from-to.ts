import type { Quantity, QuantityRule } from "../types";
import { NUMBER, parseNumber, startsCleanly } from "../number-fragments";
import { execAll } from "../exec-all";

/*
 * A metric moving "from X to Y" (CLAIMS.md): "FLOPs drop from 72.0G of vanilla MoE to 28.6G",
 * "FID from 1.95 to 1.98". The rule records both numbers; interpretation turns a cost into
 * the ratio and a quality metric into the signed difference. Multiplier ranges ("from 2.91x
 * to 3.51x") are the range rule's.
 */
export const UNIT = String.raw`(?:[KMGTB](?![\p{L}\d])|[KMGT]?FLOPs?(?![\p{L}])|[KMG]?MACs(?![\p{L}])|TiB|GiB|MiB|KiB|TB|GB|MB|KB|dB(?![\p{L}])|[µu]s(?![\p{L}])|ms(?![\p{L}])|s(?![\p{L}])|seconds|sec(?![\p{L}])|min(?:utes)?(?![\p{L}])|hours?(?![\p{L}])|\\?%|W(?![\p{L}])|mW|mJ|J(?![\p{L}])|tokens\/s|FPS|USD|US\$|dollars)`;

/** What a unit measures, when the words around the numbers do not say it ("the bill drops from 4,223 USD to 18 USD"). */
export const UNIT_MEASURE: Record<string, NonNullable<Quantity["unitMeasure"]>> = {
  KB: "memory", MB: "memory", GB: "memory", TB: "memory", KiB: "memory", MiB: "memory", GiB: "memory", TiB: "memory",
  µs: "time", us: "time", ms: "time", s: "time", sec: "time", seconds: "time", min: "time", minutes: "time", hour: "time", hours: "time",
  mJ: "energy", J: "energy", mW: "energy", W: "energy",
  USD: "cost", "US$": "cost", dollars: "cost",
  FPS: "rate", "tokens/s": "rate",
};

/*
 * Units of one family convert into each other ("from 1.2 GB to 300 MB", "from 2.1 s to 450 ms"):
 * the scale of each, within its family.
 */
const UNIT_SCALE: Record<string, [family: string, scale: number]> = {
  KB: ["bytes", 1e3], MB: ["bytes", 1e6], GB: ["bytes", 1e9], TB: ["bytes", 1e12],
  KiB: ["bytes", 1024], MiB: ["bytes", 1024 ** 2], GiB: ["bytes", 1024 ** 3], TiB: ["bytes", 1024 ** 4],
  µs: ["time", 1e-6], us: ["time", 1e-6], ms: ["time", 1e-3], s: ["time", 1], sec: ["time", 1], seconds: ["time", 1], min: ["time", 60], minutes: ["time", 60], hour: ["time", 3600], hours: ["time", 3600],
  mJ: ["energy", 1e-3], J: ["energy", 1], mW: ["power", 1e-3], W: ["power", 1],
  K: ["count", 1e3], M: ["count", 1e6], G: ["count", 1e9], T: ["count", 1e12], B: ["count", 1e9],
};
const FROM_TO = new RegExp(
  String.raw`\bfrom\s\$?(${NUMBER})\s?(${UNIT})?\s(?:(?:of|for|on)\s([^,;.()]{1,40}?)\s)?to\s(?:just\s|only\s|about\s|around\s|roughly\s|nearly\s)?\$?(${NUMBER})\s?(${UNIT})?`,
  "gu",
);

const RANGE_LEAD = /\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\b/i;

/** The factor that turns a number in unit `from` into unit `to`: 1 for the same (or an unstated) unit, undefined across families. */
function unitFactor(from: string | undefined, to: string | undefined): number | undefined {
  if (from === undefined || to === undefined || from.replace("\\", "") === to.replace("\\", "")) return 1;
  const a = UNIT_SCALE[from], b = UNIT_SCALE[to];
  return a && b && a[0] === b[0] ? a[1] / b[1] : undefined;
}

/** Every match holds "from" and a space: a sentence without them is not scanned (a word boundary heads the pattern, which the engine tries at every position). */
const FROM_WORD = /from\s/;

export const fromToRule: QuantityRule = {
  id: "from-to",
  find(text, offset) {
    if (!FROM_WORD.test(text)) return [];
    return execAll(FROM_TO, text).flatMap((m) => {
      const fromAt = m.index + m[0].indexOf(m[1]!);
      const factor = unitFactor(m[2], m[5]);
      if (!startsCleanly(text, fromAt) || factor === undefined) return [];
      // "ranging from 0.90% to 23.35% … and from 3.82% to 78.14%" are ranges of claims, not a metric moving.
      if (RANGE_LEAD.test(text.slice(Math.max(0, m.index - 80), m.index))) return [];
      const from = parseNumber(m[1]!) * factor;
      const to = parseNumber(m[4]!);
      if (!(from > 0) || !(to > 0) || from === to) return [];
      const unit = m[5] ?? m[2];
      // "FLOPs drop from 72.0G of vanilla MoE to 28.6G", "from 32.83 dB for SRCNN to 33.06 dB", "from 63.8 ms on the embedded
      // Cortex-A53 CPU to 9.4 ms": whose, or where, the first number is, is the baseline (hardware-mentions.ts keeps the platform the baseline's).
      const baseline = m[3]?.trim();
      return [{
        start: offset + m.index,
        end: offset + m.index + m[0].length,
        value: to,
        from,
        form: "change" as const,
        rule: "from-to",
        ...(baseline ? { baseline } : {}),
        ...(unit && /%/.test(unit) ? { unitName: "%" } : unit && UNIT_MEASURE[unit] ? { unitMeasure: UNIT_MEASURE[unit] } : {}),
      }];
    });
  },
};
