import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import { isProcessAlive } from "../dataset/write-atomic";

/*
 * One writer at a time per data directory: `ingest` (copy sources, re-extract, commit) and
 * `extract` into it hold <dir>/.claimscope.lock, created with O_EXCL so exactly one process
 * wins. A second run waits for the first to finish, then works on its result, so two runs
 * at once serialize instead of each writing a dataset that lacks the other's papers. A lock
 * whose process is gone (killed) is stale and taken over.
 */

export const LOCK_NAME = ".claimscope.lock";
const POLL_MS = 100;
const DEFAULT_WAIT_MS = 10 * 60_000;
/** A lock file without a readable owner this long is torn (its writer died between create and write). */
const TORN_LOCK_MS = 2000;

interface LockOwner {
  pid: number;
  started: string;
}



function readOwner(path: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(path, "utf8")) as LockOwner;
    return Number.isInteger(owner.pid) ? owner : null;
  } catch {
    return null;
  }
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function tryCreate(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, "wx");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw e;
  }
  try {
    writeSync(fd, JSON.stringify({ pid: process.pid, started: new Date().toISOString() }));
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Moves a stale lock aside (rename is atomic: of two runs taking it over, one wins) and
 * checks it was the stale one; a live lock grabbed by mistake is put back.
 */
function takeOverStale(path: string, stale: LockOwner | null): void {
  const aside = `${path}.${process.pid}.stale`;
  try {
    renameSync(path, aside);
  } catch {
    return; // someone else moved it first
  }
  const moved = readOwner(aside);
  if (moved && stale && moved.pid !== stale.pid && isProcessAlive(moved.pid)) {
    try {
      renameSync(aside, path);
    } catch {
      /* the lock is contested anyway; the next poll decides */
    }
    return;
  }
  rmSync(aside, { force: true });
}

export interface LockOptions {
  /** How long to wait for another run; env CLAIMSCOPE_LOCK_WAIT_MS overrides the default of 10 minutes. */
  waitMs?: number;
  onWait?: (owner: LockOwner | null) => void;
}

/** Runs `work` (sync or async) holding the lock of `dir`; throws a clear error when another run holds it past the wait. */
export function withDataLock<T>(dir: string, work: () => T, options: LockOptions = {}): T {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, LOCK_NAME);
  const fromEnv = Number(process.env.CLAIMSCOPE_LOCK_WAIT_MS);
  const waitMs = options.waitMs ?? (Number.isFinite(fromEnv) && fromEnv >= 0 ? fromEnv : DEFAULT_WAIT_MS);
  const waitingSince = Date.now();
  const deadline = waitingSince + waitMs;
  let told = false;
  while (!tryCreate(path)) {
    const owner = readOwner(path);
    // No readable owner: a run between create and write, or a torn file; give it a moment, then treat it as stale.
    if ((owner && !isProcessAlive(owner.pid)) || (!owner && Date.now() - waitingSince > TORN_LOCK_MS)) {
      takeOverStale(path, owner);
      continue;
    }
    if (Date.now() >= deadline) {
      const who = owner ? `pid ${owner.pid}, since ${owner.started}` : "unknown owner";
      throw new Error(`${path}: another ingest or extract is running in ${dir} (${who}); waited ${Math.round(waitMs / 1000)} s. Try again when it has finished.`);
    }
    if (!told) {
      options.onWait?.(owner);
      told = true;
    }
    sleep(POLL_MS);
  }
  const release = () => {
    if (readOwner(path)?.pid === process.pid) rmSync(path, { force: true });
  };
  let result: T;
  try {
    result = work();
  } catch (e) {
    release();
    throw e;
  }
  // Asynchronous work (extract publishing a release) holds the lock until it settles.
  if (result instanceof Promise) return result.finally(release) as T;
  release();
  return result;
}
