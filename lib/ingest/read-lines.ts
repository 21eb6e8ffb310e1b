import { closeSync, openSync, readSync } from "node:fs";

const CHUNK_BYTES = 4 * 1024 * 1024;

/**
 * Calls `onLine` for each line of a UTF-8 file, reading 4 MB at a time, so memory stays
 * flat however large the file. Throws, naming the file, on empty, binary (NUL) or
 * non-UTF-8 content — the same checks as for files read whole.
 */
export function forEachLineSync(path: string, source: string, onLine: (line: string, lineNumber: number) => void): void {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  const fd = openSync(path, "r");
  let pending = "";
  let lineNumber = 0;
  let offset = 0;
  try {
    for (;;) {
      const read = readSync(fd, buffer, 0, CHUNK_BYTES, null);
      if (read === 0) break;
      const chunk = buffer.subarray(0, read);
      const nul = chunk.indexOf(0);
      if (nul !== -1) throw new Error(`${source}: binary content (NUL byte at offset ${offset + nul}); expected UTF-8 text`);
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        throw new Error(`${source}: not valid UTF-8 near byte ${offset}; re-encode the file as UTF-8`);
      }
      if (offset === 0) text = text.replace(/^\uFEFF/, "");
      offset += read;
      const lines = (pending + text).split("\n");
      pending = lines.pop()!;
      for (const line of lines) onLine(line.endsWith("\r") ? line.slice(0, -1) : line, ++lineNumber);
    }
    if (offset === 0) throw new Error(`${source}: file is empty`);
    try {
      pending += decoder.decode();
    } catch {
      throw new Error(`${source}: not valid UTF-8 at the end of the file; re-encode the file as UTF-8`);
    }
    if (pending) onLine(pending, ++lineNumber);
  } finally {
    closeSync(fd);
  }
}
