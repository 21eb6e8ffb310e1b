import { extractClaims } from "../lib/extract";
import { readSeedPapers, repeatPapers, textBytes } from "../lib/bench/seed-corpus";
const seeds = readSeedPapers("seeds");
for (let pass = 0; pass < 8; pass++) for (const p of seeds) extractClaims(p);
const corpus = repeatPapers(seeds, 10e6);
const t = process.cpuUsage();
let n = 0; for (const p of corpus) n += extractClaims(p).length;
const u = process.cpuUsage(t);
console.log((textBytes(corpus) / 1e6 / ((u.user + u.system) / 1e6)).toFixed(2), "MB/s", n);
