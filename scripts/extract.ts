/*
 * npm run extract [-- --in <file|dir>... --out <file>]
 * Reads paper listings (seed text layouts or JSON Lines), extracts claims, validates the
 * dataset with the zod schema and writes it atomically. Bad files are reported and skipped;
 * the exit code is 1 when any input failed, and nothing is written when no paper survived.
 */
import { parseArgs } from "node:util";
import { existsSync } from "node:fs";
import { listInputFiles, parseInputFile } from "../lib/ingest/read-input";
import { formatIngestError } from "../lib/ingest/types";
import { mergePapers } from "../lib/ingest/merge-papers";
import { buildDataset } from "../lib/build-dataset";
import { writeFileAtomic } from "../lib/write-atomic";
import { summarizeDataset } from "../lib/summarize-dataset";

const USAGE = "usage: npm run extract -- [--in <file|dir>]... [--out <file>]";

function main(): number {
  let args;
  try {
    args = parseArgs({
      options: { in: { type: "string", multiple: true }, out: { type: "string" }, help: { type: "boolean" } },
      allowPositionals: false,
    });
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    console.log(USAGE);
    return 0;
  }
  const inputs = args.values.in ?? ["seeds"];
  const out = args.values.out ?? "data/claims.json";
  const missing = inputs.filter((p) => !existsSync(p));
  if (missing.length) {
    console.error(`--in: no such file or directory: ${missing.join(", ")}`);
    return 2;
  }

  const files = listInputFiles(inputs);
  const results = files.map(parseInputFile);
  const errors = results.flatMap((r) => r.errors);
  for (const e of errors) console.error(`error: ${formatIngestError(e)}`);
  const papers = mergePapers(results.flatMap((r) => r.papers));
  if (papers.length === 0) {
    console.error(`no papers read from ${files.length} file(s); ${out} left unchanged`);
    return 1;
  }
  const started = performance.now();
  const dataset = buildDataset(papers);
  const ms = performance.now() - started;
  writeFileAtomic(out, JSON.stringify(dataset, null, 1) + "\n");
  console.log(`wrote ${out} from ${files.length} file(s) in ${ms.toFixed(0)} ms`);
  for (const line of summarizeDataset(dataset)) console.log(line);
  if (errors.length) console.error(`${errors.length} input error(s); the files above were skipped`);
  return errors.length ? 1 : 0;
}

process.exitCode = main();
