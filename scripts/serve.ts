/**
 * The production server: Next's request handler behind the whole-response cache of views
 * (lib/http/view-response-cache.ts). `npm start` runs it after building when stale; the
 * benchmarks and e2e specs start it directly.
 * Usage: node --import tsx scripts/serve.ts [--port 3000] [--host 127.0.0.1]
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { join, resolve } from "node:path";

// As `next start` does, and before any module reads it (the security headers differ in development).
Object.assign(process.env, { NODE_ENV: "production" });
const { default: next } = await import("next");
const { servedReleaseKey } = await import("../lib/dataset/load-dataset");
const { createViewCache } = await import("../lib/http/view-response-cache");

const ROOT = resolve(import.meta.dirname, "..");

function flag(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at > -1 ? (process.argv[at + 1] ?? fallback) : fallback;
}

const port = Number(flag("port", process.env.PORT ?? "3000"));
const hostname = flag("host", process.env.HOSTNAME_BIND ?? "0.0.0.0");

async function main() {
  const app = next({ dev: false, dir: ROOT, hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  // A new build changes the pages' markup and script names: it is part of every key.
  const buildId = readFileSync(join(ROOT, ".next", "BUILD_ID"), "utf8").trim();
  const views = createViewCache((req, res) => handle(req, res), { release: servedReleaseKey, buildId });
  const server = createServer((req, res) => {
    views.serve(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("Internal server error\n");
    });
  });
  server.listen(port, hostname, () => console.log(`claimscope: serving on http://${hostname}:${port}`));
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(0));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
