/*
 * npm run ingest -- <file>... [--format arxiv|hf|bibtex|jsonl|listing] [--data-dir data] [--seeds seeds]
 * Validates the files, copies each one with at least one usable entry unchanged into
 * <data-dir>/sources/, then re-extracts seeds + sources into <data-dir>/claims.json with
 * <data-dir>/overrides.json applied. Exit 1 when a file was rejected (no usable entries;
 * nothing copied) or the dataset could not be rebuilt; 2 for bad arguments.
 */
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { INPUT_FORMATS } from "../lib/ingest/read-input";
import { readCommandLine } from "../lib/cli/command-line";
import { ingestExitCode, ingestFiles } from "../lib/ingest/ingest-files";
import { publishRelease } from "../lib/store/publish-release";
import { extractorVersion } from "../lib/store/extractor-version";

const USAGE = `usage: npm run ingest -- <file>... [--format ${INPUT_FORMATS.join("|")}] [--data-dir <dir>] [--seeds <dir>]`;

async function main(): Promise<number> {
  const command = readCommandLine(
    {
      options: {
        format: { type: "string" },
        "data-dir": { type: "string", default: "data" },
        seeds: { type: "string", default: "seeds" },
        help: { type: "boolean" },
      },
      allowPositionals: true,
    },
    USAGE,
  );
  if (typeof command === "number") return command;
  const { args, format } = command;
  if (args.positionals.length === 0) {
    console.error(`no input files\n${USAGE}`);
    return 2;
  }
  const notFiles = args.positionals.filter((p) => !existsSync(p) || !statSync(p).isFile());
  if (notFiles.length) {
    console.error(`not a file: ${notFiles.join(", ")} (give files, not directories)\n${USAGE}`);
    return 2;
  }
  const outcome = ingestFiles({
    files: args.positionals,
    format,
    dataDir: args.values["data-dir"],
    seedsDir: args.values.seeds,
  });
  // The rebuilt dataset becomes the current release, as `npm run extract` makes it. Were this run
  // killed first, the server would import the committed claims.json as a release on its next request.
  if (outcome.extracted) {
    try {
      await publishRelease(join(args.values["data-dir"], "claims.json"), extractorVersion());
    } catch (e) {
      console.error(`error: the dataset was rebuilt but not published as a release: ${(e as Error).message}`);
      return 1;
    }
  }
  return ingestExitCode(outcome);
}

process.exitCode = await main();
