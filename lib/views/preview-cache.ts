/*
 * Rendered preview images (and whole responses, lib/http/view-response-cache.ts) kept in
 * memory: a link shared in a busy chat is fetched by every client that unfurls it, and each
 * render costs up to a second of CPU. Least recently used first out, bounded by count and by bytes.
 */
export class ByteBoundedCache<V extends { byteLength: number } = Uint8Array> {
  private readonly entries = new Map<string, V>();
  private bytes = 0;

  constructor(
    readonly maxEntries: number,
    readonly maxBytes: number,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value) {
      // Most recently used goes last (Map keeps insertion order).
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    if (value.byteLength > this.maxBytes) return;
    const old = this.entries.get(key);
    if (old) {
      this.bytes -= old.byteLength;
      this.entries.delete(key);
    }
    this.entries.set(key, value);
    this.bytes += value.byteLength;
    for (const [oldest, bytes] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= bytes.byteLength;
    }
  }
}
