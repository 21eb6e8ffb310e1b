/*
 * One of two processes writing the same database at once (tests/unit/store/corrections.test.ts):
 * submits `count` corrections, then races the other to decide every correction id in 1..count*2.
 *   node --import tsx concurrent-writer.ts '<store config JSON>' <name> <count>
 */
import { openStore, type StoreConfig } from "@/lib/store/connection";
import { decideCorrection, submitCorrection } from "@/lib/store/corrections";

const [configJson, name, countText] = process.argv.slice(2);
const store = openStore(JSON.parse(configJson!) as StoreConfig);
const count = Number(countText);
for (let i = 0; i < count; i++) {
  await submitCorrection(store, { claimId: `p:speedup:${name}-${i}`, paperId: "p", kind: "speedup", evidence: "2x", action: "reject", fields: {}, reason: `${name} ${i}`, submitter: name! });
}
let won = 0;
for (let id = 1; id <= count * 2; id++) {
  // The other writer may not have submitted this one yet: wait for it (bounded).
  for (let attempt = 0; attempt < 500; attempt++) {
    const outcome = await decideCorrection(store, id, "approve", name);
    if (outcome.ok) won++;
    if (outcome.ok || outcome.problem === "already-decided") break;
    await new Promise((r) => setTimeout(r, 20));
  }
}
console.log(JSON.stringify({ name, won }));
await store.db.destroy();
