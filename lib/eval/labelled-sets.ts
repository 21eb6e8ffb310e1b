import { readFileSync } from "node:fs";
import { GoldPaper } from "../schema";
import { listInputFiles, parseInputFile } from "../ingest/read-input";
import { mergePapers } from "../ingest/merge-papers";
import { extractClaims, type PaperText } from "../extract";
import type { Claim } from "../schema";

/*
 * The labelled sets the extractor is scored on. Each is its inputs plus its gold file; eval
 * re-extracts from the inputs so it measures the raw extractor, never reviewed overrides.
 * The holdout set was put aside unread before tuning: it is scored only when asked for, so
 * the gap between what was tuned on and fresh papers can be reported honestly.
 */
export interface LabelledSet {
  name: string;
  inputs: string[];
  gold: string;
}

export const LABELLED_SETS: LabelledSet[] = [
  { name: "dev (seed papers)", inputs: ["seeds"], gold: "tests/fixtures/gold-dev.jsonl" },
  { name: "beyond the seeds", inputs: ["tests/fixtures/beyond-input.jsonl"], gold: "tests/fixtures/gold-beyond.jsonl" },
  // The seed papers gold-dev.jsonl leaves out, labelled in-house from the abstracts alone, a quarter of them held out (README, "Evaluation").
  { name: "seed papers labelled in-house", inputs: ["seeds"], gold: "tests/fixtures/gold-seeds-inhouse.jsonl" },
  // Abstracts written for the tests from memory of real papers (a third of them held out) and labelled by their writer, who never saw the extractor.
  { name: "written: serving and compression", inputs: ["tests/fixtures/written-sys-input.jsonl"], gold: "tests/fixtures/gold-written-sys.jsonl" },
  { name: "written: FPGA, ASIC, edge and CPU", inputs: ["tests/fixtures/written-hw-input.jsonl"], gold: "tests/fixtures/gold-written-hw.jsonl" },
  { name: "written: efficient LLMs, VLMs and diffusion", inputs: ["tests/fixtures/written-llm-input.jsonl"], gold: "tests/fixtures/gold-written-llm.jsonl" },
  { name: "written: GNN, neuromorphic, on-device, MoE, kernels", inputs: ["tests/fixtures/written-mixed-input.jsonl"], gold: "tests/fixtures/gold-written-mixed.jsonl" },
  { name: "written: FPGA, ASIC and edge accelerators II", inputs: ["tests/fixtures/written-hw2-input.jsonl"], gold: "tests/fixtures/gold-written-hw2.jsonl" },
  { name: "written: serving, training and kernels II", inputs: ["tests/fixtures/written-sys2-input.jsonl"], gold: "tests/fixtures/gold-written-sys2.jsonl" },
];
export const HOLDOUT_SETS: LabelledSet[] = [
  {
    name: "held out (beyond the seeds, set aside unread)",
    inputs: ["tests/fixtures/holdout/beyond-input-holdout.jsonl"],
    gold: "tests/fixtures/holdout/gold-beyond-holdout.jsonl",
  },
  {
    name: "held out (seed papers labelled in-house, set aside unread)",
    inputs: ["seeds"],
    gold: "tests/fixtures/holdout/gold-seeds-inhouse-holdout.jsonl",
  },
  {
    name: "held out (written: serving and compression, set aside unread)",
    inputs: ["tests/fixtures/holdout/written-sys-input-holdout.jsonl"],
    gold: "tests/fixtures/holdout/gold-written-sys-holdout.jsonl",
  },
  {
    name: "held out (written: FPGA, ASIC, edge and CPU, set aside unread)",
    inputs: ["tests/fixtures/holdout/written-hw-input-holdout.jsonl"],
    gold: "tests/fixtures/holdout/gold-written-hw-holdout.jsonl",
  },
  {
    name: "held out (written: efficient LLMs, VLMs and diffusion, set aside unread)",
    inputs: ["tests/fixtures/holdout/written-llm-input-holdout.jsonl"],
    gold: "tests/fixtures/holdout/gold-written-llm-holdout.jsonl",
  },
  {
    name: "held out (written: GNN, neuromorphic, on-device, MoE, kernels, set aside unread)",
    inputs: ["tests/fixtures/holdout/written-mixed-input-holdout.jsonl"],
    gold: "tests/fixtures/holdout/gold-written-mixed-holdout.jsonl",
  },
  {
    name: "held out (written: FPGA, ASIC and edge accelerators II, set aside unread)",
    inputs: ["tests/fixtures/holdout/written-hw2-input-holdout.jsonl"],
    gold: "tests/fixtures/holdout/gold-written-hw2-holdout.jsonl",
  },
  {
    name: "held out (written: serving, training and kernels II, set aside unread)",
    inputs: ["tests/fixtures/holdout/written-sys2-input-holdout.jsonl"],
    gold: "tests/fixtures/holdout/gold-written-sys2-holdout.jsonl",
  },
];

export function readGold(path: string): GoldPaper[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .map((line, i) => ({ line, i }))
    .filter(({ line }) => line.trim())
    .map(({ line, i }) => {
      const parsed = GoldPaper.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${path}:${i + 1}: ${parsed.error.issues[0]?.path.join(".")}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}

/** The set's papers as ingested, with the claims the extractor finds in them now. */
export function extractLabelledSet(set: LabelledSet): { papers: (PaperText & { title: string })[]; claims: Claim[] } {
  const raw = listInputFiles(set.inputs).flatMap((file) => parseInputFile(file).papers);
  const papers = mergePapers(raw);
  return { papers, claims: papers.flatMap((p) => extractClaims(p)) };
}
