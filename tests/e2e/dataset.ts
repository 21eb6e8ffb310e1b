import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Claim, Dataset } from "../../lib/schema";

/** The dataset the server under test reads: expectations come from it, never from hard-coded counts. */
export function readDataset(): Dataset {
  return JSON.parse(readFileSync(resolve(process.env.CLAIMSCOPE_DATA ?? "data/claims.json"), "utf8")) as Dataset;
}

export function claimsWhere(predicate: (c: Claim) => boolean): Claim[] {
  return readDataset().claims.filter(predicate);
}
