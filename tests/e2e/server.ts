import { serverCommand } from "../../scripts/production-server";
import { spawn, type ChildProcess } from "node:child_process";
import { openSync } from "node:fs";

/**
 * A second production server (the build the main web server made) on its own port, dataset and
 * database, for specs that change data: the main server's data stays as other specs expect it.
 */
export async function startServer(port: number, env: Record<string, string>, logFile?: string): Promise<ChildProcess> {
  const log = logFile ? openSync(logFile, "a") : "ignore";
  const server = spawn(process.execPath, serverCommand(port), {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: "", CLAIMSCOPE_DB: "", ...env },
    stdio: ["ignore", log, log],
  });
  for (let i = 0; i < 150; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/claims?kind=cost`).then((r) => r.ok, () => false);
    if (ok) return server;
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill("SIGTERM");
  throw new Error(`the server on ${port} did not start`);
}

export async function stopServer(server: ChildProcess | undefined): Promise<void> {
  if (!server || server.exitCode !== null) return;
  const exited = new Promise((r) => server.once("exit", r));
  server.kill("SIGTERM");
  await exited;
}
