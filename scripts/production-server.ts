/**
 * Starts the production dashboard (scripts/serve.ts, as `npm start` runs it) on loopback for benchmarks and load tests,
 * optionally on another dataset, and resolves once it answers `/`.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "..");
/** The production server (scripts/serve.ts): Next behind the view cache, as `npm start` runs it. */
export function serverCommand(port: number, host = "127.0.0.1"): string[] {
  return ["--import", "tsx", join(ROOT, "scripts", "serve.ts"), "--port", String(port), "--host", host];
}

export function buildIfNeeded(): void {
  const build = spawnSync(process.execPath, [join(ROOT, "scripts", "start.mjs"), "--build-only"], { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"] });
  if (build.status !== 0) throw new Error("build failed");
}

export async function startProductionServer(port: number, dataPath?: string, readyTimeoutMs = 120_000, extraEnv: Record<string, string> = {}): Promise<ChildProcess> {
  const env = { ...process.env, NODE_ENV: "production" as const, NEXT_TELEMETRY_DISABLED: "1", ...(dataPath ? { CLAIMSCOPE_DATA: dataPath } : {}), ...extraEnv };
  const child = spawn(process.execPath, serverCommand(port), { cwd: ROOT, env, stdio: "ignore" });
  const deadline = Date.now() + readyTimeoutMs;
  while (Date.now() < deadline) {
    try {
      // Warm-up request: the first one loads and validates the dataset.
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return child;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill();
  throw new Error(`server on port ${port} did not answer within ${readyTimeoutMs / 1000} s`);
}
