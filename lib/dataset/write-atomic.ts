import * as fs from "node:fs";
import { basename, dirname, join } from "node:path";

/*
 * The one way Claimscope replaces a file: write a temporary file beside the target, check
 * that every byte reached it (writeSync may write fewer bytes than asked: a full disk),
 * fsync it, then rename it over the target. Rename is atomic on one filesystem, so a crash,
 * a kill or a full disk leaves the previous file intact, and a failure names its cause.
 */

/** The file operations used, replaceable in tests to inject short writes or failures. */
export type FileOps = Pick<typeof fs, "openSync" | "writeSync" | "fsyncSync" | "closeSync" | "renameSync" | "rmSync">;

export interface AtomicWriter {
  write(chunk: string | Uint8Array): void;
}

export interface AtomicWriteOptions {
  /** Called with the finished temporary file; return false to keep the target as it is (and drop the temporary). */
  shouldReplace?: (tempPath: string) => boolean;
  ops?: FileOps;
}

const FLUSH_BYTES = 1 << 20;
/** `.claims.json.1234.tmp`: the writer's pid tells a live writer's file from a stale one. */
const TEMP_NAME = /^\.(.+)\.(\d+)\.tmp$/;

export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
}

/** Whether a process with this pid exists (signal 0 only checks; EPERM means it exists as another user). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes the temporary files in `path`'s directory left by writers that were killed (their
 * pid is gone), whatever file they were for: none of them can ever be renamed into place.
 */
export function removeStaleTemps(path: string): string[] {
  const dir = dirname(path);
  const removed: string[] = [];
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = TEMP_NAME.exec(name);
    if (!m) continue;
    const pid = Number(m[2]);
    // Our own temporary files may be staged for a commit still to come (ingest): never ours.
    if (pid === process.pid || isProcessAlive(pid)) continue;
    fs.rmSync(join(dir, name), { force: true });
    removed.push(name);
  }
  return removed;
}

/** Refuses targets that are not regular files: renaming over a device node or FIFO replaces it, writing into one hangs. */
export function checkRegularTarget(path: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(path);
  } catch {
    return; // a new file
  }
  if (!stat.isFile()) {
    const what = stat.isDirectory() ? "a directory" : stat.isFIFO() ? "a FIFO" : stat.isCharacterDevice() || stat.isBlockDevice() ? "a device" : "not a regular file";
    throw new Error(`${path} is ${what}; the output must be a regular file (or a new path)`);
  }
}

/** Writes all of `bytes`, looping over short writes; a write that makes no progress is an error. */
function writeAll(ops: FileOps, fd: number, bytes: Uint8Array, temp: string): void {
  let offset = 0;
  while (offset < bytes.length) {
    const written = ops.writeSync(fd, bytes, offset, bytes.length - offset);
    if (!(written > 0)) throw Object.assign(new Error(`${temp}: write made no progress after ${offset} of ${bytes.length} bytes (disk full?)`), { code: "ENOSPC" });
    offset += written;
  }
}

/** Names the cause of a failed write in words: "no space left on device (ENOSPC)". */
function describeWriteError(e: unknown, path: string): Error {
  const err = e as NodeJS.ErrnoException;
  const causes: Record<string, string> = {
    ENOSPC: "no space left on device",
    EDQUOT: "disk quota exceeded",
    EACCES: "permission denied",
    EPERM: "operation not permitted",
    EROFS: "read-only file system",
    EIO: "input/output error",
  };
  const cause = err.code && causes[err.code] ? `${causes[err.code]} (${err.code})` : err.message;
  return Object.assign(new Error(`could not write ${path}: ${cause}; the previous file is unchanged`), { code: err.code, cause: e });
}

/**
 * Writes content produced by `produce` to the temporary file of `path`, fsynced and closed,
 * and returns its path: the caller renames it into place (or several, for a staged commit).
 * Throws with the cause (ENOSPC, EACCES…) named, leaving no temporary file behind.
 */
export function writeTempFile(path: string, produce: (out: AtomicWriter) => void, ops: FileOps = fs): string {
  checkRegularTarget(path);
  fs.mkdirSync(dirname(path), { recursive: true });
  removeStaleTemps(path);
  const temp = tempPathFor(path);
  let fd: number | undefined;
  try {
    fd = ops.openSync(temp, "w");
    const open = fd;
    let parts: Uint8Array[] = [];
    let size = 0;
    const flush = () => {
      if (size === 0) return;
      writeAll(ops, open, parts.length === 1 ? parts[0]! : Buffer.concat(parts), temp);
      parts = [];
      size = 0;
    };
    produce({
      write(chunk) {
        const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
        parts.push(bytes);
        size += bytes.length;
        if (size >= FLUSH_BYTES) flush();
      },
    });
    flush();
    // On disk before any rename, so a power cut cannot leave a renamed but empty file.
    ops.fsyncSync(open);
    ops.closeSync(open);
    fd = undefined;
    return temp;
  } catch (e) {
    if (fd !== undefined) {
      try {
        ops.closeSync(fd);
      } catch {
        /* already failing; the original error says why */
      }
    }
    fs.rmSync(temp, { force: true });
    if ((e as NodeJS.ErrnoException).code) throw describeWriteError(e, path);
    throw e;
  }
}

/**
 * Streams content produced by `produce` into `path` atomically. Returns whether the target
 * was replaced (false when `shouldReplace` declined). Throws with the cause named and the
 * target untouched.
 */
export function writeStreamAtomic(path: string, produce: (out: AtomicWriter) => void, options: AtomicWriteOptions = {}): boolean {
  const ops = options.ops ?? fs;
  const temp = writeTempFile(path, produce, ops);
  try {
    if (options.shouldReplace && !options.shouldReplace(temp)) {
      ops.rmSync(temp, { force: true });
      return false;
    }
    ops.renameSync(temp, path);
    return true;
  } catch (e) {
    fs.rmSync(temp, { force: true });
    if ((e as NodeJS.ErrnoException).code) throw describeWriteError(e, path);
    throw e;
  }
}

/** Writes a whole string or buffer atomically (see writeStreamAtomic). */
export function writeFileAtomic(path: string, content: string | Uint8Array, options: AtomicWriteOptions = {}): void {
  writeStreamAtomic(path, (out) => out.write(content), options);
}
