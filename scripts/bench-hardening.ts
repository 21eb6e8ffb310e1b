/**
 * Hardening benchmark (not a test; issue 13). Sentence splitting and extraction on one-word
 * abstracts of 1 and 16 MB (linear, not quadratic); then, on the production build, how long
 * `/` takes alone and while 16 distinct preview images are requested at once (bounded
 * rendering: the rest get 503), and a preview served from the server's memory.
 * Usage: npx tsx scripts/bench-hardening.ts [--port 3305]. The last stdout line is one JSON object.
 */
import { extractClaims } from "../lib/extract";
import { splitSentences } from "../lib/extract/sentences";
import { buildIfNeeded, startProductionServer } from "./production-server";

const portFlag = process.argv.indexOf("--port");
const PORT = portFlag > -1 ? Number(process.argv[portFlag + 1]) : 3305;
const log = (message: string) => console.error(`[bench-hardening] ${message}`);
const ms = (start: number) => Math.round(performance.now() - start);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const oneWord: Record<string, { splitMs: number; extractMs: number }> = {};
for (const mb of [1, 16]) {
  const text = "a".repeat(mb * 1_000_000);
  let start = performance.now();
  splitSentences(text);
  const splitMs = ms(start);
  start = performance.now();
  extractClaims({ id: "one-word", title: "one word", abstract: text });
  oneWord[`${mb}MB`] = { splitMs, extractMs: ms(start) };
  log(`one-word ${mb} MB: split ${splitMs} ms, extract ${oneWord[`${mb}MB`]!.extractMs} ms`);
}

buildIfNeeded();
const server = await startProductionServer(PORT);
const base = `http://127.0.0.1:${PORT}`;
const timeGet = async (path: string) => {
  const start = performance.now();
  const response = await fetch(`${base}${path}`);
  await response.arrayBuffer();
  return { ms: ms(start), status: response.status, cache: response.headers.get("x-preview-cache") };
};
try {
  const alone: number[] = [];
  for (let i = 0; i < 5; i++) alone.push((await timeGet("/")).ms);
  const burst = Array.from({ length: 16 }, (_, i) => timeGet(`/preview/explorer?q=bench${Date.now()}x${i}&kind=speedup`));
  await new Promise((r) => setTimeout(r, 50));
  const during: number[] = [];
  for (let i = 0; i < 3; i++) during.push((await timeGet("/")).ms);
  const previews = await Promise.all(burst);
  await timeGet("/preview/explorer?kind=memory");
  const cached = await timeGet("/preview/explorer?kind=memory");
  const result = {
    oneWord,
    rootAloneMs: median(alone),
    rootDuringPreviewBurstMs: median(during),
    burst: { requests: 16, ok: previews.filter((p) => p.status === 200).length, busy503: previews.filter((p) => p.status === 503).length, slowestMs: Math.max(...previews.map((p) => p.ms)) },
    cachedPreviewMs: cached.ms,
    cachedPreviewHit: cached.cache === "hit",
  };
  log(JSON.stringify(result));
  console.log(JSON.stringify(result));
} finally {
  server.kill("SIGTERM");
}
