import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { writeFileAtomic } from "../dataset/write-atomic";

/*
 * How `ingest` changes sources/ and claims.json together. New source files are written to
 * <data>/.ingest-staging/ and the new dataset to a temporary file; only when both are
 * complete does a journal (<data>/.ingest-commit.json) list the renames that publish them,
 * and then they are done. A run killed before the journal leaves sources/ and claims.json as
 * they were (the staging is dropped by the next run); killed after it, the next run finishes
 * the renames. Either way sources/ never gets ahead of claims.json for longer than a crash.
 */

export const STAGING_DIR = ".ingest-staging";
export const JOURNAL_FILE = ".ingest-commit.json";

/** Paths relative to the data directory, so a journal stays valid wherever the directory is. */
export type Move = [from: string, to: string];

function finishMoves(dataDir: string, moves: Move[]): void {
  for (const [from, to] of moves) {
    if (existsSync(join(dataDir, from))) {
      mkdirSync(dirname(join(dataDir, to)), { recursive: true });
      renameSync(join(dataDir, from), join(dataDir, to));
    }
  }
}

/**
 * Test hook: CLAIMSCOPE_FAULT=<point> kills the process there (SIGKILL, as a crash or the
 * OOM killer would), so tests can check every kill point leaves consistent data.
 */
export function faultPoint(point: string): void {
  if (process.env.CLAIMSCOPE_FAULT === point) process.kill(process.pid, "SIGKILL");
}

/**
 * Publishes staged files: journal first, renames second (sources before the dataset), then
 * the journal goes. A rename that fails (permissions) undoes the ones done, so the data
 * directory is as before and the error says why.
 */
export function commitMoves(dataDir: string, moves: Move[]): void {
  const journal = join(dataDir, JOURNAL_FILE);
  writeFileAtomic(journal, JSON.stringify({ moves }));
  faultPoint("after-journal");
  const done: Move[] = [];
  try {
    for (const move of moves) {
      finishMoves(dataDir, [move]);
      done.push(move);
      if (done.length === 1) faultPoint("mid-commit");
    }
  } catch (e) {
    finishMoves(dataDir, done.reverse().map(([from, to]) => [to, from]));
    rmSync(journal, { force: true });
    throw e;
  }
  rmSync(journal, { force: true });
  rmSync(join(dataDir, STAGING_DIR), { recursive: true, force: true });
}

/**
 * Brings a data directory back to a consistent state after a killed ingest: finishes a
 * journalled commit, or drops an uncommitted staging. Returns what it did, for the log.
 */
export function recoverIngest(dataDir: string): "none" | "rolled-forward" | "rolled-back" {
  const journal = join(dataDir, JOURNAL_FILE);
  const staging = join(dataDir, STAGING_DIR);
  if (existsSync(journal)) {
    const { moves } = JSON.parse(readFileSync(journal, "utf8")) as { moves: Move[] };
    finishMoves(dataDir, moves);
    rmSync(journal, { force: true });
    rmSync(staging, { recursive: true, force: true });
    return "rolled-forward";
  }
  if (existsSync(staging)) {
    rmSync(staging, { recursive: true, force: true });
    return "rolled-back";
  }
  return "none";
}
