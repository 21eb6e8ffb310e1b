import type { ClaimDraft } from "./types";
import type { QuantityContext } from "./context";

/*
 * Accuracy claims chart as signed points on one axis, so one wrong reading flattens every
 * accuracy chart. These checks drop readings that are not accuracy-like changes of the method
 * itself: absolute scores read as differences, relative changes of a loss, shares of an
 * error metric, statements about a baseline.
 */

/** Metrics whose "from A to B" is a change in points: accuracy-like or named, not a generic score. */
const POINTS_METRIC = /\b(?:accura\w*|top-[15]|error|WER|BLEU|FID|mAP|AP\d*|mIoU|PPL|perplexity|F1|ROUGE|CIDEr|PSNR|SSIM|GLUE|recall|pass@\d+|win rate|exact match|EM)\b/i;
/** "39% of the perplexity" (but not "92% of the perplexity improvement"): a share of a lower-is-better metric. */
const SHARE_OF_ERROR_AFTER = /^\s?(?:\S+\s){0,2}?(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?:original\s+)?(?:perplexity|PPL|error(?: rate)?|FID|WER|loss)\b(?!\s+(?:improvement|gain|reduction|decrease|drop))/i;
/** "reduces the accuracy loss by 49%": a relative change of a loss, not a change in points. */
const LOSS_REDUCED_BEFORE = /\b(?:reduc\w*|cut\w*|lower\w*|narrow\w*|shrink\w*|halv\w*|clos\w*|decreas\w*|mitigat\w*)\s+(?:the\s+|this\s+|that\s+)?(?:accuracy\s+|performance\s+|quality\s+)?(?:loss|drop|degradation|gap)\s+(?:\w+\s+){0,3}?by\s+(?:up to\s+|about\s+|around\s+|nearly\s+|over\s+)?$/i;
/** "LongLoRA achieves only 39% of …", "whereas X suffers a 5% drop": a number about someone else's method. */
const BASELINE_SUBJECT_BEFORE = /\b(?:whereas|while|but)\s+(?:the\s+)?(?:baselines?|existing|prior|previous|other|competing|conventional)\b[^,;]{0,60}$|\b(?:baselines?|prior (?:methods|works?)|existing methods)\s+(?:only\s+)?(?:achiev\w*|reach\w*|suffer\w*|los\w*|drop\w*)\s+(?:only\s+)?$/i;

/**
 * "The recent multi-task ViT M3ViT adds experts; it cuts computation by 80%, but …": a sentence
 * whose subject is earlier work, with nothing of the paper's own in it, states a baseline's numbers.
 */
const PRIOR_WORK_SUBJECT = /^\W{0,3}(?:the\s+)?(?:recent|prior|previous|earlier|existing|conventional|current|state-of-the-art)\b/i;
const OWN_WORK = /\b(?:we|our|ours|us|this (?:paper|work|study)|the proposed|proposed)\b/i;

/** Whether the sentence is about earlier work only (any kind of claim). */
export function aboutPriorWork(sentence: string): boolean {
  return PRIOR_WORK_SUBJECT.test(sentence) && !OWN_WORK.test(sentence);
}

/** Why an accuracy reading is not an accuracy-like change of the method, or undefined when it is. */
export function accuracyProblem(draft: ClaimDraft, ctx: QuantityContext): string | undefined {
  if (draft.kind !== "accuracy" || draft.value === null) return undefined;
  const unit = draft.unit ?? "pp";
  if ((unit === "pp" || unit === "rel%") && Math.abs(draft.value) > 100) return `a change of ${draft.value} points is beyond any percentage`;
  if (draft.rule === "from-to/difference" && !POINTS_METRIC.test(draft.metric ?? "")) {
    return `"${draft.metric ?? "?"}" is a score whose difference is not an accuracy change (inception score, generic score)`;
  }
  if (draft.rule === "percent/retained-share" && SHARE_OF_ERROR_AFTER.test(ctx.after.slice(0, 60))) {
    return "a share of a lower-is-better metric is not a retained share of quality";
  }
  if (LOSS_REDUCED_BEFORE.test(ctx.before.slice(-80))) return "a relative reduction of an accuracy loss, not a change in points";
  if (BASELINE_SUBJECT_BEFORE.test(ctx.before.slice(-100))) return "the number describes a baseline, not the method";
  return undefined;
}
