import { serverCommand } from "../../scripts/production-server";
import { spawn, type ChildProcess } from "node:child_process";

/**
 * Another production server from the build the main web server made, with its own
 * settings (dataset, public origin, proxy trust), on E2E_PORT + offset.
 */
export async function startExtraServer(
  offset: number,
  settings: Record<string, string> | ((origin: string) => Record<string, string>),
): Promise<{ origin: string; stop: () => void }> {
  const port = Number(process.env.E2E_PORT ?? 3100) + offset;
  const origin = `http://127.0.0.1:${port}`;
  const env = typeof settings === "function" ? settings(origin) : settings;
  const child: ChildProcess = spawn(process.execPath, serverCommand(port), {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CLAIMSCOPE_PUBLIC_URL: "", CLAIMSCOPE_TRUST_PROXY: "", ...env },
    stdio: "ignore",
  });
  for (let i = 0; i < 150; i++) {
    const ok = await fetch(`${origin}/api/claims?kind=cost`).then((r) => r.ok, () => false);
    if (ok) return { origin, stop: () => child.kill("SIGTERM") };
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill("SIGTERM");
  throw new Error(`extra server on ${port} did not start`);
}
