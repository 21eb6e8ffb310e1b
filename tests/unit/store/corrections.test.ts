import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { correctionById, decideCorrection, listCorrections, submitCorrection, type NewCorrection } from "@/lib/store/corrections";
import { migrateStore, openStore } from "@/lib/store/connection";
import { storeRevision } from "@/lib/store/releases";
import { cleanup, DATABASE_KINDS, freshConfig, freshStore } from "./test-databases";

afterAll(cleanup);
const run = promisify(execFile);

const correction = (i: number): NewCorrection => ({
  claimId: `paper-${i}:speedup:abcd`,
  paperId: `paper-${i}`,
  kind: "speedup",
  evidence: "2.8x faster",
  action: "correct",
  fields: { value: 3 + i, hardware: { class: "GPU", device: "A100" } },
  reason: `reason ${i}`,
  submitter: "Ada",
});

describe.each(DATABASE_KINDS)("corrections on %s", (kind) => {
  it("stores a submission as pending data, exactly as sent", async () => {
    const store = await freshStore(kind);
    const markup = { ...correction(1), reason: "<script>alert(1)</script> & more" };
    const stored = await submitCorrection(store, markup);
    expect(stored).toMatchObject({ id: 1, status: "pending", reason: markup.reason, fields: markup.fields, submitter: "Ada" });
    expect(await correctionById(store, 1)).toEqual(stored);
    expect(await listCorrections(store, { status: "approved" })).toEqual([]);
  });

  it("decides once: approve bumps the revision, a second decision is refused, an unknown id is not found", async () => {
    const store = await freshStore(kind);
    await submitCorrection(store, correction(1));
    const before = (await storeRevision(store)).revision;
    const decided = await decideCorrection(store, 1, "approve", "checked the table");
    expect(decided).toMatchObject({ ok: true, correction: { status: "approved", reviewerNote: "checked the table" } });
    expect((await storeRevision(store)).revision).toBe(before + 1);
    expect(await decideCorrection(store, 1, "reject")).toMatchObject({ ok: false, problem: "already-decided", correction: { status: "approved" } });
    expect(await decideCorrection(store, 99, "reject")).toEqual({ ok: false, problem: "not-found" });
    expect((await listCorrections(store, { status: "approved" })).map((c) => c.id)).toEqual([1]);
  });

  it("two processes writing at once lose nothing, and each correction is decided exactly once", async () => {
    const config = await freshConfig(kind);
    const setup = openStore(config);
    await migrateStore(setup);
    const count = 40;
    const writers = ["left", "right"].map((name) =>
      run(process.execPath, ["--import", "tsx", "tests/unit/store/concurrent-writer.ts", JSON.stringify(config), name, String(count)]),
    );
    const results = (await Promise.all(writers)).map((r) => JSON.parse(r.stdout.trim().split("\n").at(-1)!) as { won: number });
    const all = await listCorrections(setup);
    expect(all).toHaveLength(count * 2);
    expect(new Set(all.map((c) => c.reason)).size).toBe(count * 2);
    expect(all.every((c) => c.status === "approved")).toBe(true);
    // Every id was approved by one writer: the wins add up to the number of corrections.
    expect(results.reduce((n, r) => n + r.won, 0)).toBe(count * 2);
    await setup.db.destroy();
  }, 60_000);
});
