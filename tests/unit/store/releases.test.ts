import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { migrateStore } from "@/lib/store/connection";
import { currentRelease, readRelease, storeRevision, writeRelease } from "@/lib/store/releases";
import { releaseChanges } from "@/lib/store/release-diff";
import { makeSyntheticDataset } from "@/lib/bench/synthetic-dataset";
import { cleanup, DATABASE_KINDS, freshStore } from "./test-databases";

afterAll(cleanup);

const dataset = makeSyntheticDataset({ claims: 40, seed: 3 });
const release = (version: string, claims = dataset.claims) => ({ version, extractorVersion: "test", papers: dataset.papers, claims });

describe.each(DATABASE_KINDS)("releases on %s", (kind) => {
  it("migrates an empty database to the latest schema, and a second run applies nothing", async () => {
    const store = await freshStore(kind, false);
    expect(await migrateStore(store)).toEqual(["0001-initial"]);
    expect(await migrateStore(store)).toEqual([]);
    const tables = ["releases", "papers", "claims", "corrections", "store_state"];
    for (const table of tables) await expect(sql`select count(*) from ${sql.table(table)}`.execute(store.db)).resolves.toBeDefined();
    expect(await storeRevision(store)).toEqual({ revision: 0, releaseId: null });
  });

  it("writes a release in one transaction and reads it back in its order, unchanged", async () => {
    const store = await freshStore(kind);
    const { release: written, created } = await writeRelease(store, release("aaaaaa"));
    expect(created).toBe(true);
    expect(written).toMatchObject({ version: "aaaaaa", paperCount: dataset.papers.length, claimCount: dataset.claims.length, extractorVersion: "test" });
    expect((await currentRelease(store))?.id).toBe(written.id);
    const back = await readRelease(store, written.id);
    expect(back.papers).toEqual(dataset.papers);
    expect(back.claims).toEqual(dataset.claims);
    // The same version again is not a second copy; it only becomes current.
    expect((await writeRelease(store, release("aaaaaa"))).created).toBe(false);
  });

  it("a release made current again gets its papers back, and without them the current release stays", async () => {
    const store = await freshStore(kind);
    const first = (await writeRelease(store, release("aaaaaa"))).release;
    await writeRelease(store, release("bbbbbb", dataset.claims.slice(1)));
    // Papers live only in the current release: an extraction that comes back to an earlier version restores them.
    expect((await readRelease(store, first.id)).papers).toEqual([]);
    await writeRelease(store, release("aaaaaa"));
    expect((await currentRelease(store))?.id).toBe(first.id);
    expect((await readRelease(store, first.id)).papers).toEqual(dataset.papers);
    // Going back again with no papers at hand is refused rather than serving claims without their papers.
    const second = (await writeRelease(store, release("cccccc"))).release;
    await expect(writeRelease(store, { ...release("aaaaaa"), papers: [] })).rejects.toThrow(/no papers left/);
    expect((await currentRelease(store))?.id).toBe(second.id);
    expect((await readRelease(store, second.id)).papers).toEqual(dataset.papers);
  });

  it("a release that fails part-way leaves the previous one current and stores none of it", async () => {
    const store = await freshStore(kind);
    const first = (await writeRelease(store, release("aaaaaa"))).release;
    const broken = [...dataset.claims, dataset.claims[0]!]; // a duplicate primary key fails the last insert
    await expect(writeRelease(store, release("bbbbbb", broken))).rejects.toThrow();
    expect((await currentRelease(store))?.id).toBe(first.id);
    expect(await store.db.selectFrom("releases").select("version").execute()).toEqual([{ version: "aaaaaa" }]);
    expect((await readRelease(store, first.id)).claims).toHaveLength(dataset.claims.length);
  });

  it("tells added, changed and removed claims between two releases apart", async () => {
    const store = await freshStore(kind);
    const [gone, changed, ...kept] = dataset.claims;
    const old = (await writeRelease(store, release("aaaaaa"))).release;
    const added = { ...kept[0]!, id: `${kept[0]!.paperId}:speedup:new` };
    const next = [{ ...changed!, value: (changed!.value ?? 1) + 1 }, ...kept, added];
    const now = (await writeRelease(store, release("bbbbbb", next))).release;
    const changes = await releaseChanges(store, old.id, now.id);
    expect(changes.filter((c) => c.change === "added").map((c) => c.id)).toEqual([added.id]);
    expect(changes.filter((c) => c.change === "removed")).toMatchObject([{ id: gone!.id, before: { kind: gone!.kind, value: gone!.value } }]);
    expect(changes.filter((c) => c.change === "changed")).toMatchObject([{ id: changed!.id, before: { value: changed!.value } }]);
    // Old releases keep their claims (for v= links), not their papers.
    expect((await readRelease(store, old.id)).papers).toEqual([]);
  });
});
