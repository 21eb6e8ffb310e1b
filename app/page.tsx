import { preload } from "react-dom";
import BrowserExplorer from "./_components/browser-explorer";
import ExplorerBody from "./_components/explorer-body";
import VersionNotice from "./_components/version-notice";
import { loadVersionNotice } from "@/lib/views/version-notice";
import { explorerMetadata } from "./view-metadata";
import { loadDataset } from "@/lib/dataset/load-dataset";
import { filtersInBrowser } from "@/lib/views/claims-slice";
import { servedSlice } from "@/lib/views/served-slice";
import { sliceUrl } from "@/lib/views/slice-for-render";
import { claimEvidence } from "@/lib/views/claim-evidence";
import { explorerView } from "@/lib/views/explorer-view";
import { parseUrlState, serializeUrlState } from "@/lib/views/url-state";

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export function generateMetadata({ searchParams }: PageProps) {
  return explorerMetadata(searchParams);
}

export default async function ExplorerPage({ searchParams }: PageProps) {
  const { state, ignored } = parseUrlState(await searchParams);
  const index = await loadDataset();
  if (filtersInBrowser(index.claims.length, state, index.version)) {
    // The view is drawn from the slice, as the browser draws it; the slice itself loads after
    // the page. Only the first page's evidence sentences ride along (the slice has none).
    const slice = servedSlice(index);
    // Asked for while the page's scripts load: hydration waits for it (app/_components/use-slice-index.ts).
    preload(sliceUrl(slice.hash), { as: "fetch", crossOrigin: "anonymous" });
    const sentences = explorerView(slice.index, state).rows.map((c) => claimEvidence(index, c.id)?.sentence ?? c.evidence.text);
    return <BrowserExplorer sliceHash={slice.hash} sentences={sentences} sentencesView={serializeUrlState(state)} />;
  }
  const result = explorerView(index, state);
  const versionNotice = <VersionNotice notice={await loadVersionNotice(state, index, result.sorted, { kinds: state.kind, papers: [] })} index={index} />;
  return <ExplorerBody state={state} ignored={ignored} index={index} result={result} versionNotice={versionNotice} />;
}
