#!/usr/bin/env node
/**
 * `npm start`: build the production dashboard when the build is missing or older
 * than the sources or data, then serve it on PORT (default 3000) with scripts/serve.ts: Next's
 * handler behind the whole-response cache of views.
 */
import { spawnSync, spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const buildId = join(root, ".next", "BUILD_ID");
const SOURCES = ["app", "lib", "next.config.ts", "package.json", "tsconfig.json"];
const nextBin = join(root, "node_modules", "next", "dist", "bin", "next");

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function needsBuild() {
  if (!existsSync(buildId)) return "no build yet";
  const built = statSync(buildId).mtimeMs;
  const data = process.env.CLAIMSCOPE_DATA ?? "data/claims.json";
  for (const source of [...SOURCES, data]) {
    if (newestMtime(resolve(root, source)) > built) return `${source} changed since the last build`;
  }
  return null;
}

/**
 * The methodology page shows the extraction quality measured now: `npm run eval` on the
 * labelled papers writes data/eval-summary.json, which the build bundles. A failed eval
 * keeps the previous file (written atomically) and says so.
 */
function writeEvalSummary() {
  const tsx = join(root, "node_modules", ".bin", "tsx");
  const run = spawnSync(tsx, ["scripts/eval.ts", "--json", "--out", "data/eval-summary.json"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  if (run.status !== 0) console.warn("claimscope: npm run eval failed; the methodology page keeps the previous data/eval-summary.json");
}

const reason = needsBuild();
if (reason) {
  console.log(`claimscope: building (${reason})…`);
  writeEvalSummary();
  const build = spawnSync(process.execPath, [nextBin, "build"], { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// `--build-only`: used by the dashboard benchmark, which serves several datasets from one build.
if (process.argv.includes("--build-only")) process.exit(0);

const port = process.env.PORT ?? "3000";
const args = ["--import", "tsx", join(root, "scripts", "serve.ts"), "--port", port];
if (process.env.HOSTNAME_BIND) args.push("--host", process.env.HOSTNAME_BIND);
const server = spawn(process.execPath, args, { cwd: root, stdio: "inherit", env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" } });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
