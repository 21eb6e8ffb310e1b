import BrowserExplorer from "./_components/browser-explorer";
import ExplorerBody from "./_components/explorer-body";
import VersionNotice from "./_components/version-notice";
import { loadVersionNotice } from "@/lib/views/version-notice";
import { explorerMetadata } from "./view-metadata";
import { loadDataset } from "@/lib/dataset/load-dataset";
import { filtersInBrowser, servedSlice } from "@/lib/views/claims-slice";
import { explorerView } from "@/lib/views/explorer-view";
import { parseUrlState } from "@/lib/views/url-state";

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export function generateMetadata({ searchParams }: PageProps) {
  return explorerMetadata(searchParams);
}

export default async function ExplorerPage({ searchParams }: PageProps) {
  const { state, ignored } = parseUrlState(await searchParams);
  const index = await loadDataset();
  const result = explorerView(index, state);
  if (filtersInBrowser(index.claims.length, state, index.version)) {
    // The first page's evidence sentences ride along; the browser loads other rows' when shown.
    const sentences = Object.fromEntries(result.rows.map((c) => [c.id, c.evidence.sentence]));
    return <BrowserExplorer slice={servedSlice(index)} sentences={sentences} />;
  }
  const versionNotice = <VersionNotice notice={await loadVersionNotice(state, index, result.sorted, { kinds: state.kind, papers: [] })} index={index} />;
  return <ExplorerBody state={state} ignored={ignored} index={index} result={result} versionNotice={versionNotice} />;
}
