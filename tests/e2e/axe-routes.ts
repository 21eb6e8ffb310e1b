import type { Dataset } from "../../lib/schema";

/**
 * Pages the accessibility check visits. One list, so a new page (the review queue at
 * /review, for one) is one more line here.
 */
export function axeRoutes(dataset: Dataset): { name: string; path: string; chart: boolean }[] {
  const withClaims = [...new Set(dataset.claims.map((c) => c.paperId))];
  return [
    { name: "explorer", path: "/", chart: true },
    { name: "explorer-distribution", path: "/?kind=accuracy&chart=distribution", chart: true },
    { name: "paper", path: `/papers/${withClaims[0]}`, chart: false },
    { name: "compare", path: `/compare?papers=${withClaims.slice(0, 3).join("~")}`, chart: true },
    { name: "embed", path: "/embed?kind=speedup", chart: true },
    { name: "methodology", path: "/methodology", chart: false },
    { name: "versus", path: "/versus", chart: false },
    { name: "versus-baseline", path: `/versus?vs=${encodeURIComponent(topBaseline(dataset))}`, chart: false },
    { name: "review", path: "/review", chart: false },
  ];
}

function topBaseline(dataset: Dataset): string {
  const counts = new Map<string, number>();
  for (const c of dataset.claims) {
    const name = c.baselineCanonical ?? c.baseline;
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "";
}
