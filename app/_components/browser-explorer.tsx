"use client";
import { useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { flushSync } from "react-dom";
import ExplorerBody from "./explorer-body";
import { softNavLink } from "./soft-navigation";
import { loadClaimEvidence } from "./use-claim-evidence";
import { useSliceIndex } from "./use-slice-index";
import { filtersInBrowser } from "@/lib/views/claims-slice";
import type { DatasetIndex } from "@/lib/dataset/dataset-index";
import { explorerView } from "@/lib/views/explorer-view";
import { explorerTitle } from "@/lib/views/link-preview";
import { parseUrlState, serializeUrlState } from "@/lib/views/url-state";

/**
 * Explorer links whose view the browser can compute become a history entry instead of a
 * request: the URL changes (shareable; a reload renders the same view on the server),
 * useSearchParams follows it, and back and forward go through Next's router as ever.
 * Runs in the capture phase, before SoftNavigation's and next/link's handlers. The clicked
 * view is drawn at once, inside the click (Next's router applies a pushState in a transition,
 * a frame or more later): the query to show until useSearchParams moves off `from`.
 */
function useViewsInBrowser(index: DatasetIndex): string {
  const current = useSearchParams().toString();
  const [clicked, setClicked] = useState<{ from: string; to: string } | null>(null);
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = softNavLink(event);
      if (!link || link.pathname !== "/" || location.pathname !== "/") return;
      const { state } = parseUrlState(new URLSearchParams(link.search));
      if (!filtersInBrowser(index.claims.length, state, index.version)) return;
      event.preventDefault();
      event.stopPropagation();
      // Read before drawing: the redraw gives the clicked chip its next href (the toggle back).
      const href = `${link.pathname}${link.search}${link.hash}`;
      flushSync(() => setClicked({ from: new URLSearchParams(location.search).toString(), to: new URLSearchParams(link.search).toString() }));
      history.pushState(null, "", href);
    };
    window.addEventListener("click", onClick, true);
    return () => window.removeEventListener("click", onClick, true);
  }, [index]);
  // Once the router has moved (to the clicked view), the URL rules again: back to `from` shows `from`.
  const pending = clicked !== null && clicked.from === current;
  useEffect(() => {
    if (clicked !== null && !pending) setClicked(null);
  }, [clicked, pending]);
  return pending ? clicked.to : current;
}

/** Evidence sentences of the rows on screen: the server's first page, then loaded per claim as rows appear. */
function useRowSentences(ids: string[], fromServer: Record<string, string>): Record<string, string> {
  const [loaded, setLoaded] = useState<Record<string, string>>({});
  const known = { ...loaded, ...fromServer };
  const missing = ids.filter((id) => known[id] === undefined).join("\n");
  useEffect(() => {
    if (missing === "") return;
    let cancelled = false;
    const load = () => {
      if (cancelled) return;
      void Promise.all(missing.split("\n").map(loadClaimEvidence)).then((found) => {
        const sentences = Object.fromEntries(found.flatMap((e) => (e ? [[e.id, e.sentence]] : [])));
        setLoaded((previous) => ({ ...previous, ...sentences }));
      });
    };
    // After the new view has painted: fifty fetch() calls inside the click cost the chart ~10-30 ms.
    const frame = requestAnimationFrame(() => setTimeout(load, 0));
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
    };
  }, [missing]);
  return known;
}

type Props = {
  /** The claims slice's hash (lib/views/served-slice.ts): the browser fetches /api/slice?v=<hash>. */
  sliceHash: string;
  /** The evidence sentences of the rows the server rendered, in row order… */
  sentences: string[];
  /** …of this view (its canonical query). */
  sentencesView: string;
};

/**
 * The explorer of a small dataset, computed in the browser from the claims slice with the
 * server's own functions (lib/views/explorer-view.ts over lib/views/claims-slice.ts), from
 * the URL (lib/views/url-state.ts): a filter, sort, page or chart click redraws without a request.
 * The server renders it from the same slice; the page's payload names the slice instead of holding it.
 */
function ExplorerFromSlice({ sliceHash, sentences, sentencesView }: Props) {
  const index = useSliceIndex(sliceHash);
  const { state, ignored } = parseUrlState(new URLSearchParams(useViewsInBrowser(index)));
  const result = explorerView(index, state);
  // The server's sentences belong to the first view's rows; later rows load theirs.
  const [fromServer] = useState(() => (serializeUrlState(state) === sentencesView ? Object.fromEntries(result.rows.map((c, i) => [c.id, sentences[i] ?? c.evidence.text])) : {}));
  // The tab's title follows the view, as the server's metadata would after a navigation (app/view-metadata.ts).
  const title = `${explorerTitle(state, result.paperCount)} · Claimscope`;
  useEffect(() => {
    document.title = title;
    // Next's router re-applies the first page's metadata after a pushState it did not make;
    // the view drawn here keeps its own title while it is shown.
    const keep = new MutationObserver(() => {
      if (document.title !== title) document.title = title;
    });
    keep.observe(document.head, { subtree: true, childList: true, characterData: true });
    return () => keep.disconnect();
  }, [title]);
  const known = useRowSentences(result.rows.map((c) => c.id), fromServer);
  // Until a row's sentence arrives it shows the claimed phrase alone.
  const rows = result.rows.map((c) => ({ ...c, evidence: { ...c.evidence, sentence: known[c.id] ?? c.evidence.text } }));
  return <ExplorerBody state={state} ignored={ignored} index={index} result={{ ...result, rows }} />;
}

/**
 * No Suspense boundary of its own: React's server render sends a large boundary's content after
 * its fallback (hidden, revealed by a script, and never without JavaScript). While the slice
 * loads, hydration waits above, with the server's HTML on screen and its links plain links; a
 * client-side navigation to the explorer keeps the previous page until the slice is here.
 */
export default function BrowserExplorer(props: Props) {
  return <ExplorerFromSlice {...props} />;
}
