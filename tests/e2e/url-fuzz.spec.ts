import { expect, test } from "@playwright/test";
import { MARKUP_MARKERS, fuzzQueries } from "../../lib/bench/fuzz-queries";
import { readDataset } from "./dataset";

/*
 * Thousands of random and hostile query strings against every route: never a 5xx, never
 * reflected markup; the API answers 200, or 400 with a JSON error naming the parameter
 * (414 for over-long queries); pages render (with the notice) or refuse with 400/414.
 */
const paperId = readDataset().papers[0]!.id;
const ROUTES: [string, number][] = [
  ["/api/claims", 1500],
  ["/", 400],
  ["/compare", 250],
  [`/papers/${paperId}`, 250],
];

for (const [route, count] of ROUTES) {
  test(`${count} fuzzed query strings against ${route.replace(paperId, "[id]")}`, async ({ request }) => {
    test.setTimeout(240_000);
    const statuses = new Map<number, number>();
    for (const query of fuzzQueries(count, route.length)) {
      const response = await request.get(`${route}?${query}`, { failOnStatusCode: false });
      const status = response.status();
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      expect(status, `${route}?${query}`).toBeLessThan(500);
      const body = await response.text();
      for (const marker of MARKUP_MARKERS) expect(body.includes(marker), `reflected ${marker} for ${route}?${query}`).toBe(false);
      if (route.startsWith("/api/") && status === 400) {
        expect(JSON.parse(body)).toMatchObject({ error: expect.any(String), parameter: expect.any(String) });
      }
      if (!route.startsWith("/api/")) expect([200, 400, 404, 414], `${route}?${query}`).toContain(status);
    }
    test.info().annotations.push({ type: "statuses", description: JSON.stringify(Object.fromEntries(statuses)) });
  });
}
