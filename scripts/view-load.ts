/**
 * Load figures of one production server for the dashboard benchmark: requests/s of a route
 * next to a static file of the same server, and the server's CPU time per request (read
 * from /proc, so the load generator's own CPU does not count).
 */
import autocannon from "autocannon";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

/** The server process's user + system CPU time in ms (Linux /proc; clock ticks of 10 ms). */
export function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // Fields after the command name (which may hold spaces, so split after its closing parenthesis).
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

export type RouteLoad = { requestsPerSecond: number; cpuMsPerRequest: number; p99Ms: number; non2xx: number; errors: number };

export async function loadRoute(url: string, pid: number, seconds: number, connections: number): Promise<RouteLoad> {
  // One request first, as any server sees before a crowd: the view is rendered once, then served.
  await fetch(url).then((r) => r.arrayBuffer());
  const before = processCpuMs(pid);
  // As browsers and CDNs ask: a 1,000-claim API page is ~1.5 MB raw and a tenth of that gzipped.
  const result = await autocannon({ url, connections, duration: seconds, headers: { "accept-encoding": "gzip" } });
  const cpu = processCpuMs(pid) - before;
  return {
    requestsPerSecond: Math.round(result.requests.average),
    cpuMsPerRequest: Math.round((cpu / Math.max(1, result.requests.total)) * 100) / 100,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/** Server CPU ms per request of views asked for the first time (rendered, not served from the cache). */
export async function renderCpuMs(base: string, paths: string[], pid: number): Promise<number> {
  const before = processCpuMs(pid);
  for (const path of paths) await fetch(`${base}${path}`).then((r) => r.arrayBuffer());
  return Math.round((processCpuMs(pid) - before) / paths.length);
}

const FLIGHT_CHUNK = /self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)/g;

/** Sizes of a page as served: its HTML (raw and gzipped) and the RSC (Flight) payload inlined into it. */
export async function pagePayload(url: string): Promise<{ htmlKB: number; htmlGzipKB: number; rscKB: number }> {
  const html = await (await fetch(url)).text();
  let flight = 0;
  for (const m of html.matchAll(FLIGHT_CHUNK)) flight += Buffer.byteLength(JSON.parse(m[1]!) as string);
  const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
  return { htmlKB: kb(Buffer.byteLength(html)), htmlGzipKB: kb(gzipSync(html).length), rscKB: kb(flight) };
}
