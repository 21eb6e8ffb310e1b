import { isUtf8 } from "node:buffer";
import { closeSync, openSync, readSync } from "node:fs";

const CHUNK_BYTES = 4 * 1024 * 1024;
const NEWLINE = 0x0a;

/** What a line callback may answer: `false` stops the reading (the rest of the file is not read). */
export type LineVerdict = void | false;

/**
 * Calls `onLine` for each line of a UTF-8 file, reading 4 MB at a time, so memory stays
 * flat however large the file. Each line is decoded on its own: a line that is not valid
 * UTF-8 goes to `onBadLine` with its number, and the lines around it are still read.
 * Throws, naming the file, on empty or binary (NUL) content.
 */
export function forEachLineSync(
  path: string,
  source: string,
  onLine: (line: string, lineNumber: number) => LineVerdict,
  onBadLine: (lineNumber: number, message: string) => void = (n) => {
    throw new Error(`${source}: line ${n} is not valid UTF-8; re-encode the file as UTF-8`);
  },
): void {
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  const fd = openSync(path, "r");
  let pending: Buffer = Buffer.alloc(0);
  let lineNumber = 0;
  let offset = 0;
  const emit = (bytes: Buffer): LineVerdict => {
    lineNumber++;
    const end = bytes.length > 0 && bytes[bytes.length - 1] === 0x0d ? bytes.length - 1 : bytes.length;
    const line = bytes.subarray(0, end);
    if (!isUtf8(line)) {
      onBadLine(lineNumber, "not valid UTF-8 (another encoding?); line skipped");
      return;
    }
    let text = line.toString("utf8");
    if (lineNumber === 1) text = text.replace(/^\uFEFF/, "");
    return onLine(text, lineNumber);
  };
  try {
    for (;;) {
      const read = readSync(fd, buffer, 0, CHUNK_BYTES, null);
      if (read === 0) break;
      const chunk = buffer.subarray(0, read);
      const nul = chunk.indexOf(0);
      if (nul !== -1) throw new Error(`${source}: binary content (NUL byte at offset ${offset + nul}); expected UTF-8 text`);
      offset += read;
      const bytes = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      let start = 0;
      for (let nl = bytes.indexOf(NEWLINE, start); nl !== -1; nl = bytes.indexOf(NEWLINE, start)) {
        if (emit(bytes.subarray(start, nl)) === false) return;
        start = nl + 1;
      }
      // Copied: `buffer` is reused by the next read.
      pending = Buffer.from(bytes.subarray(start));
    }
    if (offset === 0) throw new Error(`${source}: file is empty`);
    if (pending.length) emit(pending);
  } finally {
    closeSync(fd);
  }
}
