import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { migrateStore, openStore, storeConfig } from "../../lib/store/connection";
import { importVersionSummary, parseVersionSummary, type VersionSummary } from "../../lib/store/version-summaries";
import { VERSION_CHANGES_LISTED } from "../../lib/views/version-diff";
import { readDataset } from "./dataset";
import { screens } from "./screens";

// An older release, simulated: a fixture summary where 3 speedup claims did not exist yet,
// 2 had other values and 1 existed that the current data no longer has. It goes into the
// served database as a claim-only release, as data/versions/ summaries do.
const OLD = "0000000000000001";
const FIXTURE = `tests/fixtures/versions/${OLD}.json`;
const serverStore = () => openStore(storeConfig(process.env.CLAIMSCOPE_DATA ?? "data/claims.json"));

test.beforeAll(async () => {
  const store = serverStore();
  await migrateStore(store);
  await importVersionSummary(store, FIXTURE);
  await store.db.destroy();
});
test.afterAll(async () => {
  const store = serverStore();
  await store.db.deleteFrom("releases").where("version", "=", OLD).execute();
  await store.db.destroy();
});

test("a link made on an older version shows the current data and lists what changed in its view", async ({ page }) => {
  const dataset = readDataset();
  const old = parseVersionSummary(JSON.parse(readFileSync(FIXTURE, "utf8"))) as VersionSummary;
  const before = new Map(old.claims.map((c) => [c[0], c]));
  const speedups = dataset.claims.filter((c) => c.kind === "speedup" && c.status !== "rejected");
  const added = speedups.filter((c) => !before.has(c.id));
  const changed = speedups.filter((c) => before.has(c.id) && (before.get(c.id)![2] !== c.value || (before.get(c.id)![3] ?? null) !== (c.min ?? null)));
  const current = new Set(dataset.claims.filter((c) => c.status !== "rejected").map((c) => c.id));
  const removed = old.claims.filter((c) => c[1] === "speedup" && !current.has(c[0]));

  await page.goto(`/?kind=speedup&v=${OLD}`);
  const notice = page.getByTestId("version-notice");
  await expect(notice).toContainText(
    `The data changed since this link was made: ${added.length} claims added, ${changed.length} changed in this view, ${removed.length} no longer in the data.`,
  );
  // The list shows the first changes and says how many more there are.
  const total = added.length + changed.length + removed.length;
  const listed = Math.min(total, VERSION_CHANGES_LISTED);
  const items = page.getByTestId("version-changes").locator("li");
  await expect(items).toHaveCount(listed + (total > listed ? 1 : 0));
  if (total > listed) await expect(items.last()).toHaveText(`…and ${total - listed} more.`);
  const expected = new Map([...added.map((c) => [c.id, "added"]), ...changed.map((c) => [c.id, "changed"]), ...removed.map((c) => [c[0], "removed"])] as [string, string][]);
  for (const item of await page.getByTestId("version-changes").locator("[data-claim-id]").all()) {
    const id = (await item.getAttribute("data-claim-id"))!;
    expect(expected.get(id), id).toBe(await item.getAttribute("data-change"));
    if (expected.get(id) === "changed") await expect(item).toContainText("→");
  }
  // The view itself is the current data.
  await expect(page.getByTestId("result-count")).toHaveText(String(speedups.length));
  await screens(page, "version-notice", notice);

  // On the current version, or with no version, there is nothing to say.
  await page.goto(`/?kind=speedup&v=${dataset.version}`);
  await expect(page.getByTestId("result-count")).toBeVisible();
  await expect(page.getByTestId("version-notice")).toHaveCount(0);
  // A version with no kept summary still says the data may differ.
  await page.goto("/?kind=speedup&v=abcdefabcdef");
  await expect(page.getByTestId("version-notice")).toContainText("No summary of that version was kept");
});
