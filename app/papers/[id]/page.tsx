import Link from "next/link";
import { notFound } from "next/navigation";
import ClaimFacts from "@/app/_components/claim-facts";
import { Evidence } from "@/app/_components/claims-table";
import CorrectionForm from "@/app/_components/correction-form";
import CorrectionHistory from "@/app/_components/correction-history";
import IgnoredNotice from "@/app/_components/ignored-notice";
import ShareMenu from "@/app/_components/share-menu";
import VersionNotice from "@/app/_components/version-notice";
import { loadVersionNotice } from "@/lib/views/version-notice";
import StatusBadge from "@/app/_components/status-badge";
import { paperMetadata } from "@/app/view-metadata";
import { loadDataset } from "@/lib/dataset/load-dataset";
import { parseUrlState } from "@/lib/views/url-state";
import { paperView, type AbstractRun } from "@/lib/views/paper-view";

type PageProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: PageProps) {
  return paperMetadata((await params).id, searchParams);
}

/** A run of the abstract; a claim's evidence is a focusable mark with its reading as a tooltip. */
function AbstractText({ run }: { run: AbstractRun }) {
  if (!run.highlight) return <span>{run.text}</span>;
  return (
    <span className="claim-hl">
      <bdi>
        <mark className="claim" tabIndex={0} data-claim-ids={run.highlight.claimIds} aria-describedby={`value-${run.start}`}>
          {run.text}
        </mark>
      </bdi>
      <span className="claim-value" id={`value-${run.start}`} role="tooltip">
        {run.highlight.tooltip}
      </span>
    </span>
  );
}

export default async function PaperPage({ params, searchParams }: PageProps) {
  const { id } = await params;
  const { state, ignored } = parseUrlState(await searchParams);
  const index = await loadDataset();
  const view = paperView(index, id, state);
  if (!view) notFound();
  const { paper } = view;
  return (
    <article>
      <p className="small">
        <Link href={view.explorerHref}>← Explorer</Link>
      </p>
      <IgnoredNotice ignored={ignored} />
      <VersionNotice notice={await loadVersionNotice(state, index, view.claims.map((c) => c.claim), { kinds: [], papers: [id] })} index={index} />
      <h1>{paper.title}</h1>
      <p className="muted small" data-testid="paper-byline">
        {view.byline}
      </p>
      <ul className="tags" aria-label="Tags">
        {view.tags.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
      <div className="toolbar">
        <Link className="button primary" href={view.compare.href} data-testid="compare-add">
          {view.compare.label}
        </Link>
        {view.compare.removeHref ? (
          <Link className="button" href={view.compare.removeHref}>
            Remove from comparison
          </Link>
        ) : null}
        {view.links.map((link) => (
          <a key={link.href} className="button" href={link.href} rel="noopener noreferrer nofollow" target="_blank" data-testid={`paper-link-${link.kind}`}>
            {link.label} <span aria-hidden="true">↗</span>
          </a>
        ))}
        <ShareMenu state={state} version={index.version} page={{ type: "paper", paper }} path={`/papers/${id}`} />
      </div>
      <h2>Abstract</h2>
      <p className="abstract" data-testid="abstract">
        {view.abstract.map((run) => (
          <AbstractText key={run.start} run={run} />
        ))}
      </p>
      <h2>Claims ({view.claims.length})</h2>
      {view.claims.length === 0 ? (
        <p className="muted">No quantitative claims were extracted from this abstract.</p>
      ) : (
        <ol className="claim-list" data-testid="paper-claims">
          {view.claims.map(({ claim, heading, facts, reviewerNote, history }) => (
            <li key={claim.id} data-claim-id={claim.id}>
              <strong>{heading}</strong> <StatusBadge claim={claim} /> <ClaimFacts facts={facts} />
              <br />
              <span className="small">
                <Evidence claim={claim} />
              </span>
              {reviewerNote ? <span className="small muted"> — reviewer: {reviewerNote}</span> : null}
              <CorrectionHistory history={history} />
              <CorrectionForm claim={claim} options={view.correctionOptions} />
            </li>
          ))}
        </ol>
      )}
      {view.rejected.length > 0 ? (
        <>
          <h2>Rejected ({view.rejected.length})</h2>
          <p className="small muted">Read by the extractor, then rejected by a reviewer: not counted anywhere else on Claimscope.</p>
          <ul className="claim-list rejected-list" data-testid="rejected-claims">
            {view.rejected.map(({ claim, heading, reason, history }) => (
              <li key={claim.id} data-claim-id={claim.id}>
                <s>{heading}</s> <span className="small">“{claim.evidence.text}”</span>
                <br />
                <span className="small">Reason: {reason}</span>
                <CorrectionHistory history={history} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>Sources</h2>
      <p className="small muted">{view.sources.note}</p>
      <ul className="small" data-testid="paper-sources">
        {view.sources.items.map((s) => (
          <li key={s.file}>{s.description}</li>
        ))}
      </ul>
    </article>
  );
}
