import Link from "next/link";
import ChartPanel from "@/app/_components/lazy-chart-panel";
import EmbedResize from "@/app/_components/embed-resize";
import HardwareLegend from "@/app/_components/hardware-legend";
import { loadDataset } from "@/lib/dataset/load-dataset";
import { chartPayload } from "@/lib/views/explorer-chart";
import { queryClaims } from "@/lib/views/query";
import { embedTheme, withoutEmbedParams } from "@/lib/views/embed-params";
import { hrefFor, parseUrlState, serializeUrlState } from "@/lib/views/url-state";
import { describeFilters } from "@/lib/views/view-edits";

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata = { title: "Claimscope chart", robots: { index: false } };

/**
 * `/embed?…`: the explorer's chart alone, for an iframe on another site (the only
 * route that may be framed: next.config.ts). Same parameters as the explorer, plus
 * `theme=light|dark|auto`. The page reports its height to the host (EmbedResize).
 */
export default async function EmbedPage({ searchParams }: PageProps) {
  const params = await searchParams;
  const theme = embedTheme(params);
  const { state } = parseUrlState(withoutEmbedParams(params));
  const index = await loadDataset();
  const result = queryClaims(index, state);
  const { chart, caption, title } = chartPayload(index, result.sorted, state);
  const filters = describeFilters(state);
  const full = hrefFor("/", { ...state, v: index.version });
  return (
    <div className="embed-view" data-testid="embed" data-theme={theme === "auto" ? undefined : theme}>
      <EmbedResize />
      <h1 className="visually-hidden">{title}</h1>
      {/* Above the chart, so a short iframe on a phone never cuts off the source. */}
      <p className="small muted embed-attribution" data-testid="embed-attribution">
        <Link href={full} target="_blank" rel="noopener">
          Open the full view in Claimscope ↗
        </Link>{" "}
        · {caption.split(":")[0]} · {filters} · data {index.version} ·{" "}
        <Link href="/methodology" target="_blank" rel="noopener">
          methodology
        </Link>
      </p>
      <ChartPanel chart={chart} view={serializeUrlState(state)} version={index.version} filters={filters} title={title} link={full} />
      <HardwareLegend />
    </div>
  );
}
