import { afterEach, describe, expect, it, vi } from "vitest";
import { renderPreview } from "@/app/preview/render";
import { indexDataset } from "@/lib/dataset/dataset-index";
import { makeSyntheticDataset } from "@/lib/bench/synthetic-dataset";
import { drawableText, MISSING_GLYPH, PREVIEW_FONT_RANGES } from "@/lib/views/preview-text";
import { fontCodePoints } from "./font-cmap";

const FONT = "node_modules/next/dist/compiled/@vercel/og/Geist-Regular.ttf";
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe("preview text is reduced to the bundled font", () => {
  it("the coverage table is exactly the font's cmap", () => {
    const table = new Set(PREVIEW_FONT_RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i)));
    expect([...table].sort((a, b) => a - b)).toEqual([...fontCodePoints(FONT)].sort((a, b) => a - b));
  });

  it("keeps Latin, Cyrillic and the chart's symbols; draws one fallback mark per missing grapheme", () => {
    expect(drawableText("Speedup claims on FPGA — 3.5× · Ёжик")).toBe("Speedup claims on FPGA — 3.5× · Ёжик");
    expect(drawableText("高效 🚀 👨‍👩‍👧 عربى")).toBe(`${MISSING_GLYPH.repeat(2)} ${MISSING_GLYPH} ${MISSING_GLYPH} ${MISSING_GLYPH.repeat(4)}`);
  });
});

describe("rendering a preview with emoji, CJK and Arabic in the query", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("makes no outbound request and still answers a PNG (outbound fetch refused)", async () => {
    const outbound: string[] = [];
    const realFetch = globalThis.fetch;
    vi.stubGlobal("fetch", async (input: string | URL | Request, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      // next/og loads its own WebAssembly from a data: URL: that is not a connection.
      if (url.startsWith("data:")) return realFetch(input, init);
      outbound.push(url);
      throw new TypeError("fetch failed: outbound connections refused in this test");
    });
    const dataset = makeSyntheticDataset({ claims: 60, seed: 3 });
    const index = indexDataset(dataset);
    const query = new URLSearchParams({ q: "🚀 高效推理 عربى", kind: "speedup" });
    const response = await renderPreview(new Request(`http://127.0.0.1/preview/explorer?${query}`), index, { type: "explorer" });
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(bytes.length).toBeGreaterThan(5000);
    expect(outbound).toEqual([]);
  }, 60_000);
});
