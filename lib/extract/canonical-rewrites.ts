/*
 * The rewrite table of canonical text (canonical-text.ts): one row per written form of a number,
 * unit, range or approximation ("\times", "$\sim$", "6.0times", "10^4", "330K×", "pm", thin
 * spaces, "x7", "\textbf{…}", "threefold", "factor of 3", "1/1000 of"), each with the canonical
 * text it becomes, and the hint of every row for the extraction gate.
 */

export interface Rewrite {
  /** A cheap test that the row may apply near a digit: the union of all rows' hints is part of the extraction gate. */
  hint: string;
  /** Regex source; linear-time (no nested unbounded quantifiers). */
  pattern: string;
  /** The canonical text for the match's capture groups (groups numbered from 1 within this row). */
  to: (groups: string[]) => string;
  /** Context the pattern cannot test cheaply (the character before it), checked on the original text. */
  when?: (text: string, index: number) => boolean;
  /** The row may apply away from any number (LaTeX signs, dashes, stray "$"); the others only beside one (number-windows.ts). */
  anywhere?: true;
}

const POWER_OF_TEN = (exponent: string) => String(10 ** Number(exponent));
const SCALED = (n: string, suffix: string) => String(Math.round(Number(n) * (/^[kK]$/.test(suffix) ? 1e3 : 1e6) * 1e6) / 1e6);
const FRACTION_PERCENT: Record<string, string> = { quarter: "25", third: "33.333333", fifth: "20", tenth: "10" };
const WORD_FOLD: Record<string, string> = { two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9", ten: "10", twenty: "20", hundred: "100" };

/** The unit a list's last item carries, as its earlier items take it. */
const LIST_UNIT: Record<string, string> = { "%": "%", "\\%": "%", "\\times": "×", times: " times" };
/** "Llama 2 and 3x", "Stable Diffusion 1 and 2": a number right after a capitalised word is part of a name. */
const NAME_BEFORE_NUMBER = /[A-Z][\w-]*\s$/;
const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";
/** The character before a match, and the one before that when it is a space: "3 x" is a multiplier too. */
const afterDigit = (text: string, at: number) => isDigit(text[at - 1]) || (text[at - 1] === " " && isDigit(text[at - 2]));
/** After a number, but not inside a name glued to a capital ("T5X", "A3X"); a glued word before a decimal is mangled text ("and9.4x faster"). */
function afterNumber(text: string, at: number): boolean {
  if (!afterDigit(text, at)) return false;
  let i = text[at - 1] === " " ? at - 2 : at - 1;
  let decimal = false;
  const end = i;
  for (; i >= 0 && (isDigit(text[i]) || text[i] === "."); i--) decimal ||= text[i] === ".";
  if (i < 0 || decimal) return true;
  // "Ryzen 5700X", "Threadripper 3990X": a whole number of three digits or more after a name is a model number.
  if (text[i] === " " && end - i >= 3 && NAME_BEFORE_NUMBER.test(text.slice(Math.max(0, i - 23), i + 1))) return false;
  return !/\p{Lu}/u.test(text[i]!);
}
const NOT_PREFIX_CONTEXT = /[\p{L}\d.×]/u;
/** An open formatting command ("\textbf{2.1") whose closing brace comes next. */
const FORMAT_OPEN_BEFORE = /\\(?:textbf|textit|textrm|textsf|text|mathbf|mathit|mathrm|mathsf|emph|bm|boldsymbol|underline)\{[^{}]*$/;

/*
 * Every row starts with a literal character or a short class, never with an optional space or a
 * lookbehind: the scan then only stops where a rewrite can begin, which keeps the pass fast on
 * long text. Context a lookbehind would test is checked by `when` on the original text.
 */
export const REWRITES: Rewrite[] = [
  // LaTeX multiplication signs, with or without their math-mode dollars: "5.18\times$", "$\times$".
  { hint: String.raw`\\times`, pattern: String.raw`\$?\\times\$?`, to: () => "×", anywhere: true },
  // The text-mode sign: "1.5\texttimes{}", "2\texttimes".
  { hint: String.raw`\\texttimes`, pattern: String.raw`\\texttimes(?:\{\})?`, to: () => "×", anywhere: true },
  // "$10^4\times$", "10^{3}x": a power of ten before a multiplier.
  { hint: String.raw`10\^`, pattern: String.raw`\$?10\^\{?(\d)\}?(?=\s?(?:\\times|×|x\b|times))`, to: ([e]) => POWER_OF_TEN(e!) },
  // "330K×", "1.2M×": a scaled number before a multiplier.
  { hint: String.raw`\d[kKM]`, pattern: String.raw`(\d{1,4}(?:\.\d{1,3})?)([kKM])(?=\s?\$?(?:\\times|×|x\b|times))`, to: ([n, s]) => SCALED(n!, s!), when: (t, i) => !isDigit(t[i - 1]) && t[i - 1] !== "." },
  // Approximation and range signs: "$\sim$", "\textasciitilde", "∼", "≈", "\approx".
  { hint: String.raw`\\(?:sim|approx|textasciitilde)|[∼≈]`, pattern: String.raw`\$?\\(?:sim|approx|textasciitilde)\s?\$?|[∼≈]`, to: () => "~", anywhere: true },
  // "3.72sim4.11": the LaTeX command with its backslash lost, between two numbers.
  // "by sim7\%": as a word of its own before a number, the same sign; the space before it stays.
  { hint: String.raw`\d\s?sim|\ssim\d`, pattern: String.raw`(\s?)sim\s?(?=\d)`, to: ([space]) => `${space}~`, when: (t, i) => isDigit(t[i - 1]) || /\s/.test(t[i] ?? "") },
  // Plus-minus: "\pm", "$\pm$", "96.00% pm 0.48%".
  { hint: String.raw`\\pm`, pattern: String.raw`\$?\\pm\$?`, to: () => " ± ", anywhere: true },
  { hint: String.raw`pm\s?\d`, pattern: String.raw`\s?pm\s?(?=\d)`, to: () => " ± ", when: (t, i) => isDigit(t[i - 1]) || t[i - 1] === "%" },
  { hint: String.raw`\\%`, pattern: String.raw`\\%`, to: () => "%", anywhere: true },
  { hint: String.raw`[Pp]er ?cent`, pattern: String.raw`[Pp]er ?cent\b`, to: () => "%" },
  // Thin spaces: "10\,000", "10 000 times", "5 700times".
  { hint: String.raw`\\,|[\u2009\u202f\u00a0]|\d\s\d{3}`, pattern: String.raw`(?:\\,|[\u2009\u202f\u00a0])(?=\d{3}|\\?%)|\s(?=\d{3}\s?(?:times|×|x\b))`, to: () => "", when: (t, i) => isDigit(t[i - 1]) },
  // "45~ms": a LaTeX non-breaking space between a number and its unit word is a space.
  { hint: String.raw`\d~[A-Za-zµ]`, pattern: String.raw`~(?=[A-Za-zµ])`, to: () => " ", when: (t, i) => isDigit(t[i - 1]) },
  // Dashes and minus signs; LaTeX writes a range's dash as "--".
  { hint: String.raw`[–—−]|--`, pattern: String.raw`[–—−]|--`, to: () => "-", anywhere: true },
  // LaTeX formatting around a number or cue: "\textbf{2.1$\times$}", "$\mathbf{37\%}$", "\emph{up to}", "2.3\text{-}3.1".
  { hint: String.raw`\\(?:text|math|emph|bm|bold|underline)`, pattern: String.raw`\\(?:textbf|textit|textrm|textsf|text|mathbf|mathit|mathrm|mathsf|emph|bm|boldsymbol|underline)\{`, to: () => "", anywhere: true },
  // Stray math-mode and grouping characters: "$2.81$", "{\times}", and the brace that closes a formatting command.
  { hint: String.raw`[$]|[{}]`, pattern: String.raw`\$|[{}]`, to: () => "", when: (t, i) => t[i] === "$" || /[\d×\\]/.test(t[i + 1] ?? "") || /[\d×]/.test(t[i - 1] ?? "") || t.endsWith("\\times", i) || (t[i] === "}" && FORMAT_OPEN_BEFORE.test(t.slice(Math.max(0, i - 80), i))), anywhere: true },
  // "10+%", "2+x": a number with a plus sign is a lower bound, "over" it.
  { hint: String.raw`\d\+`, pattern: String.raw`(\d{1,4}(?:\.\d{1,3})?)\+(?=\s?(?:%|\\%|×|\\times|times))`, to: ([n]) => `over ${n}`, when: (t, i) => !isDigit(t[i - 1]) && t[i - 1] !== "." },
  { hint: String.raw`\d\+`, pattern: String.raw`(\d{1,4}(?:\.\d{1,3})?)\+\s?[xX](?![\p{L}\d])`, to: ([n]) => `over ${n}×`, when: (t, i) => !isDigit(t[i - 1]) && t[i - 1] !== "." },
  // "2.1 and 3.4x", "20, 25 and 35%", "by 3.7 and 1.0 points", "by 61.22 and 6.80 perplexity": the items of a list before the last take its unit.
  {
    hint: String.raw`\d,? (?:and|or) \d|\d, \d`,
    pattern: String.raw`(\d{1,4}(?:\.\d{1,3})?)(?=(?:, \d{1,4}(?:\.\d{1,3})?){0,3},? (?:and|or) \d{1,4}(?:\.\d{1,3})?\s?(%|\\%|×|\$?\\times|[xX](?![\p{L}\d])|times\b|points?\b|pp\b|(?:perplexity|PPL|BLEU|FID|mAP|mIoU|WER|dB)\b))`,
    to: ([n, unit]) => `${n}${LIST_UNIT[unit!.replace(/^\$/, "")] ?? (/^[xX×]$/.test(unit!) ? "×" : /^(?:points?|pp)$/.test(unit!) ? " points" : ` ${unit}`)}`,
    when: (t, i) => !/[\p{L}\d.,\-/]/u.test(t[i - 1] ?? "") && !NAME_BEFORE_NUMBER.test(t.slice(Math.max(0, i - 24), i)),
  },
  // Glued "times": "6.0times" → "6.0 times".
  { hint: String.raw`\dtimes`, pattern: String.raw`times\b`, to: () => " times", when: (t, i) => isDigit(t[i - 1]) },
  // Multiplier letters after a number: "3x", "3 X", "3*" → "3×" ("16x16" stays: a size).
  { hint: String.raw`\d\s?[xX*]`, pattern: String.raw`[xX*](?![\p{L}\d])(?!\s?\d)`, to: () => "×", when: afterNumber },
  // Multiplier letters before a number: "x7 faster", "X3" → "7×" (not the architectures x86, x64, x32).
  { hint: String.raw`[xX×]\s?\d`, pattern: String.raw`[xX×]\s?(?!(?:86|64|32)\b)(\d{1,4}(?:\.\d{1,3})?)(?![\p{L}\d.×x])`, to: ([n]) => `${n}×`, when: (t, i) => !NOT_PREFIX_CONTEXT.test(t[i - 1] ?? "") && !(t[i - 1] === " " && /[\d.×]/.test(t[i - 2] ?? "")) },
  // Counted folds: "threefold", "ten-fold" → "3-fold".
  { hint: String.raw`fold`, pattern: String.raw`([Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Tt]wenty|[Hh]undred)[- ]?fold\b`, to: ([w]) => `${WORD_FOLD[w!.toLowerCase()]}-fold`, when: (t, i) => !/\p{L}/u.test(t[i - 1] ?? "") },
  // "1/1000 of the memory" → "0.1% of the memory", "1/10th the energy", "$1/3$ of": a fraction of the baseline is a share.
  { hint: String.raw`1/\d`, pattern: String.raw`\$?1/(\d{1,5})(?:st|nd|rd|th)?\$?(?=\s+(of|the)\b)`, to: ([n, next]) => `${Math.round((100 / Number(n)) * 1e6) / 1e6}%${next === "the" ? " of" : ""}`, when: (t, i) => !isDigit(t[i - 1]) },
  // "a quarter of the memory" → "25% of the memory": a fraction of the baseline is a share.
  { hint: String.raw`(?:quarter|third|fifth|tenth) of`, pattern: String.raw`(?:a|one)[- ](quarter|third|fifth|tenth)(?= of\b)`, to: ([f]) => `${FRACTION_PERCENT[f!]}%` },
  // "by a factor of 3" → "by a 3×".
  { hint: String.raw`factor of`, pattern: String.raw`factor of (?:about |around |up to |nearly |over )?(\d{1,4}(?:\.\d{1,3})?(?![\d.])|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)\b`, to: ([n]) => `${WORD_FOLD[n!] ?? n}×`, anywhere: true },
];

/** Where a row may apply, for the extraction gate (quantity-sites.ts): the written forms of canonical units. */
export const REWRITE_HINT = new RegExp(REWRITES.map((r) => r.hint).join("|"), "u");
