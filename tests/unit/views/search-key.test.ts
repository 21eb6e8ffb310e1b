import { describe, expect, it } from "vitest";
import { matchesTitleWords, searchKey, searchWords } from "@/lib/views/search-key";

describe("search keys", () => {
  it("ignore case, hyphens and spacing", () => {
    expect(searchKey("KV cache")).toBe(searchKey("kv-cache"));
    expect(searchKey("KVCache")).toBe("kvcache");
    expect(searchWords("  Flash-Attention  int8 ")).toEqual(["flash", "attention", "int8"]);
    expect(searchWords("kv-cache")).toEqual(searchWords("KV  cache"));
    expect(searchWords("kv_cache")).toEqual(["kv", "cache"]);
  });
});

describe("whole-word title matching", () => {
  it.each([
    ["Memory Usage of LLM Serving", "sage", false],
    ["SageAttention: accurate 8-bit attention", "sage", true],
    ["Efficient KV Cache Compression", "kv-cache", true],
    ["KVCache offloading at scale", "kv-cache", true],
    ["Efficient KV Cache Compression", "efficient cache", true],
    ["Efficient KV Cache Compression", "effic", false],
  ])("%s / %s → %s", (title, q, expected) => {
    expect(matchesTitleWords(title, q)).toBe(expected);
  });
});
