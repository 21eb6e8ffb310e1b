import { describe, it } from "vitest";
import { expectClaims } from "../claims-of";

/* The ways an abstract words an accuracy change: signed points in the metric's own scale. */
describe("accuracy phrasings", () => {
  const cases: [string, Parameters<typeof expectClaims>[1]][] = [
    ["The model is 3x smaller at the cost of 0.3 BLEU.", [{ kind: "memory", value: 3 }, { kind: "accuracy", value: -0.3 }]],
    ["We obtain a 4x speedup with negligible accuracy loss (<0.1%).", [{ kind: "speedup", value: 4 }, { kind: "accuracy", value: -0.1, qualifier: "at_most" }]],
    ["Quantization reduces perplexity by 0.8 compared with GPTQ.", [{ kind: "accuracy", value: 0.8, baseline: "GPTQ" }]],
    ["Fine-tuning improves BLEU by 1.2 on WMT'14.", [{ kind: "accuracy", value: 1.2 }]],
    // "drop" after an accuracy word is the loss, not a dropping ratio; the loss word is no cue that the loss shrinks.
    ["Pruning runs 1.8x faster with a top-1 accuracy drop of 0.4%.", [{ kind: "speedup", value: 1.8 }, { kind: "accuracy", value: -0.4 }]],
    ["The mixed-precision variant keeps the accuracy drop below 1.5%.", [{ kind: "accuracy", value: -1.5, qualifier: "at_most" }]],
    ["On GLUE, the accuracy drop is 0.2-0.6%.", [{ kind: "accuracy", value: -0.6, min: -0.2 }]],
    // A loss on a benchmark is accuracy even where the sentence measured speed before it; "at the cost of" names no money.
    ["Caching halves the denoising time at the cost of a 0.3% drop on VBench.", [{ kind: "speedup", value: 2 }, { kind: "accuracy", value: -0.3 }]],
    ["The distilled model is 5.1x faster, with a VBench drop of less than 0.5%.", [{ kind: "speedup", value: 5.1 }, { kind: "accuracy", value: -0.5, qualifier: "at_most" }]],
    // An accuracy cost or penalty is a loss; a verb of an earlier claim in the sentence does not reduce it.
    ["The runtime cuts latency by 3.3x, at an accuracy cost of under 1.5%.", [{ kind: "speedup", value: 3.3 }, { kind: "accuracy", value: -1.5, qualifier: "at_most" }]],
    ["Binarization brings an accuracy penalty of 2.1%.", [{ kind: "accuracy", value: -2.1 }]],
    // A metric stated, then how far from the baseline: lower FID and perplexity are better.
    ["At equal steps, its FID is 0.8 lower than that of LCM.", [{ kind: "accuracy", value: 0.8, unit: "FID", baseline: "LCM" }]],
    ["Its perplexity on WikiText-2 is 0.2 higher than the FP16 model.", [{ kind: "accuracy", value: -0.2, unit: "PPL" }]],
    // "relative to" names a baseline; only "relative" of its own makes a relative percentage.
    ["The INT8 model loses 0.3% accuracy relative to the FP32 model.", [{ kind: "accuracy", value: -0.3, unit: "pp" }]],
    ["Distillation gives a 12% relative accuracy improvement.", [{ kind: "accuracy", value: 12, unit: "rel%" }]],
    // A bare number bounding how far a metric named before it stays from the baseline is at most that loss.
    ["With 4-bit weights, the scheme keeps the perplexity of OPT models within 0.2 of the FP16 versions.", [{ kind: "accuracy", value: -0.2, unit: "PPL", qualifier: "at_most" }]],
    // Metric names in any case.
    ["It shows a Rouge-L score drop of 0.05 on XSum.", [{ kind: "accuracy", value: -0.05 }]],
    // A loss held to a bound is that loss.
    ["Quantization cuts memory by 4x while limiting the accuracy drop to 0.5% on average.", [{ kind: "memory", value: 4 }, { kind: "accuracy", value: -0.5, qualifier: "average" }]],
    // The dataset may stand between a metric and its verb.
    ["On the board, perplexity on WikiText-2 increases by only 0.05.", [{ kind: "accuracy", value: -0.05, unit: "PPL" }]],
    // Recovering points over a baseline is a gain.
    ["The W4A4 model recovers 2.2 points of zero-shot accuracy over QuaRot.", [{ kind: "accuracy", value: 2.2, baseline: "QuaRot" }]],
    // A bare "compression" after a multiplier is the model's size.
    ["The codebook gives 12.5x compression of the weights.", [{ kind: "memory", value: 12.5 }]],
    ["We observe a 1.5-point gain in ROUGE-L.", [{ kind: "accuracy", value: 1.5 }]],
    ["Our training recipe boosts accuracy by 3 percentage points.", [{ kind: "accuracy", value: 3 }]],
    ["The sparse model loses merely 0.4% accuracy.", [{ kind: "accuracy", value: -0.4 }]],
    // A minus sign on the number is the direction; a range's dash is not.
    ["TeaCache achieves 4.41x acceleration with a negligible (-0.07% VBench score) degradation.", [{ kind: "speedup", value: 4.41 }, { kind: "accuracy", value: -0.07 }]],
    ["The loss stays within a 2-3% accuracy drop.", [{ kind: "accuracy", value: -3, min: -2 }]],
    // Beating a baseline on an error metric is a gain; a list's earlier item takes the metric of its last.
    ["At 70% sparsity, OWL surpasses Wanda and SparseGPT by 61.22 and 6.80 perplexity, respectively.", [{ kind: "accuracy", value: 61.22, baseline: "Wanda" }, { kind: "accuracy", value: 6.8, baseline: "SparseGPT" }]],
    ["DSnoT outperforms the state-of-the-art Wanda by 26.79 perplexity at 70% sparsity.", [{ kind: "accuracy", value: 26.79 }]],
    // A loss with no measure named is a loss of accuracy.
    ["Quantized at 8 bits the models are close to lossless, with less than 0.5% drop compared with the full-precision models.", [{ kind: "accuracy", value: -0.5, qualifier: "at_most", unit: "pp" }]],
    ["This incurs an accuracy degradation of 0.6%.", [{ kind: "accuracy", value: -0.6 }]],
    ["Our model yields a 2.7% absolute improvement in exact match.", [{ kind: "accuracy", value: 2.7 }]],
    ["Quantization shrinks the model from 13 GB to 3.6 GB with a perplexity increase of only 0.12.", [{ kind: "memory", value: 3.611 }, { kind: "accuracy", value: -0.12 }]],
    ["Distillation gives a BLEU improvement of 0.8 over the teacher.", [{ kind: "accuracy", value: 0.8 }]],
    ["DeepCache accelerates SDXL by 2.3x with a 0.05 decline in CLIP score.", [{ kind: "speedup", value: 2.3 }, { kind: "accuracy", value: -0.05 }]],
    ["Our embedding compression reduces memory by 90x with 0.02% AUC loss.", [{ kind: "memory", value: 90 }, { kind: "accuracy", value: -0.02 }]],
    ["The pruned model has an accuracy gap of 0.5% to the dense one.", [{ kind: "accuracy", value: -0.5 }]],
    ["It matches FP16 accuracy within 0.2%.", [{ kind: "accuracy", value: -0.2, qualifier: "at_most", baseline: "FP16" }]],
    ["It increases the success rate by 12% over the base policy.", [{ kind: "accuracy", value: 12 }]],
    // A bare number after a metric is its score, not a change, without "by"/"of".
    ["The model reaches perplexity 5.8 on WikiText-2.", []],
    // A percentage after a metric is no points change.
    ["It reduces perplexity by 12% relative to the dense model.", [{ kind: "accuracy", value: 12, unit: "rel%" }]],
    ["The accuracy loss is less than 0.1% on ImageNet.", [{ kind: "accuracy", value: -0.1, qualifier: "at_most" }]],
    ["The accuracy drop remains within 0.4% for all models.", [{ kind: "accuracy", value: -0.4, qualifier: "at_most" }]],
    ["Perplexity rises by only 0.2 compared to the FP16 model.", [{ kind: "accuracy", value: -0.2, unit: "PPL", baseline: "the FP16 model" }]],
    ["BLEU improves by 0.9 over the distilled student.", [{ kind: "accuracy", value: 0.9, unit: "BLEU" }]],
    ["On MMLU, our 2-bit LLaMA-70B is only 1.8 points below the FP16 model.", [{ kind: "accuracy", value: -1.8, baseline: "the FP16 model" }]],
    ["The INT4 model stays 0.6 points behind GPTQ on average.", [{ kind: "accuracy", value: -0.6, baseline: "GPTQ", qualifier: "average" }]],
    ["It achieves an average accuracy improvement of 4.7% over prior token pruning methods.", [{ kind: "accuracy", value: 4.7, qualifier: "average" }]],
    ["MobileVLM is 1.7x faster on the Jetson Orin while scoring 0.9 points higher on average across benchmarks.", [{ kind: "speedup", value: 1.7 }, { kind: "accuracy", value: 0.9, qualifier: "average" }]],
    ["PyramidKV surpasses other KV cache compression techniques by up to 20.5 absolute accuracy points on TREC.", [{ kind: "accuracy", value: 20.5, qualifier: "up_to" }]],
    ["MobileLLM-LS adds a further 0.7%/0.8% accuracy over MobileLLM 125M/350M.", [{ kind: "accuracy", value: 0.7 }, { kind: "accuracy", value: 0.8 }]],
    ["For LLaMA and Falcon models, the relative loss in perplexity stays below 1$\\%$.", [{ kind: "accuracy", value: -1, qualifier: "at_most" }]],
    ["MS-MLP achieves further improvements on three model scales, e.g., by 0.5% on ImageNet-1K classification with Swin-B.", [{ kind: "accuracy", value: 0.5 }]],
    // Without a quality benchmark after it, a bare gain names no measure.
    ["The kernel improves decoding by 12% on the A100.", []],
  ];
  it.each(cases)("%s", (sentence, expected) => expectClaims(sentence, expected));
});
