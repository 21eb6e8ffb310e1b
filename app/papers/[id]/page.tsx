import Link from "next/link";
import { notFound } from "next/navigation";
import { Evidence } from "@/app/_components/claims-table";
import CorrectionForm from "@/app/_components/correction-form";
import CorrectionHistory from "@/app/_components/correction-history";
import IgnoredNotice from "@/app/_components/ignored-notice";
import ShareMenu from "@/app/_components/share-menu";
import VersionNotice from "@/app/_components/version-notice";
import StatusBadge, { statusNote } from "@/app/_components/status-badge";
import { paperMetadata } from "@/app/view-metadata";
import { loadDataset } from "@/lib/dataset/load-dataset";
import { formatClaimValue } from "@/lib/views/format-claim";
import { segmentAbstract } from "@/lib/views/highlight";
import { stripInvisibleControls } from "@/lib/text/unicode-controls";
import { CLAIM_KINDS, HARDWARE_CLASSES, QUALIFIERS } from "@/lib/schema";
import { hrefFor, parseUrlState } from "@/lib/views/url-state";
import { toggleListValue } from "@/lib/views/view-edits";
import { explainClaim } from "@/lib/views/explain-claim";
import { describeSource, paperLinks } from "@/lib/views/paper-links";

/** Every fact behind a claim's number, from lib/views/explain-claim.ts. */
function ClaimFacts({ claim }: { claim: Parameters<typeof explainClaim>[0] & { metric?: string; phase: string } }) {
  const e = explainClaim(claim);
  return (
    <dl className="claim-facts small" data-testid="claim-facts">
      <dt>Conversion</dt>
      <dd data-testid="claim-conversion">{e.conversion}</dd>
      <dt>Qualifier</dt>
      <dd>{e.qualifier}</dd>
      <dt>Baseline</dt>
      <dd>{e.baseline ?? "not named"}</dd>
      <dt>Hardware</dt>
      <dd>
        {e.hardwareClass}
        {e.device ? ` · ${e.device}` : ""}
      </dd>
      {e.baselineHardware ? (
        <>
          <dt>Baseline hardware</dt>
          <dd>{e.baselineHardware}</dd>
        </>
      ) : null}
      {claim.metric ? (
        <>
          <dt>Metric</dt>
          <dd>{claim.metric}</dd>
        </>
      ) : null}
      <dt>Phase</dt>
      <dd>{claim.phase}</dd>
    </dl>
  );
}

type PageProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: PageProps) {
  return paperMetadata((await params).id, searchParams);
}

export default async function PaperPage({ params, searchParams }: PageProps) {
  const { id } = await params;
  const { state, ignored } = parseUrlState(await searchParams);
  const index = await loadDataset();
  const paper = index.paperById.get(id);
  if (!paper) notFound();
  const claims = index.claimsByPaper.get(id) ?? [];
  const rejected = index.rejectedByPaper.get(id) ?? [];
  const correctionOptions = { kinds: CLAIM_KINDS, qualifiers: QUALIFIERS, hardwareClasses: HARDWARE_CLASSES };
  const segments = segmentAbstract(paper.abstract, claims);
  const inCompare = state.papers.includes(id);
  const nextPapers = toggleListValue(state, "papers", id).papers;
  return (
    <article>
      <p className="small">
        <Link href={hrefFor("/", { papers: state.papers })}>← Explorer</Link>
      </p>
      <IgnoredNotice ignored={ignored} />
      <VersionNotice state={state} index={index} inView={claims} scope={{ kinds: [], papers: [id] }} />
      <h1>{paper.title}</h1>
      <p className="muted small" data-testid="paper-byline">
        {[
          paper.authors && paper.authors.length > 0
            ? `${paper.authors.slice(0, 6).join(", ")}${paper.authors.length > 6 ? ` and ${paper.authors.length - 6} more` : ""}`
            : null,
          paper.date,
          paper.arxivId ? `arXiv ${paper.arxivId}` : null,
        ]
          .filter(Boolean)
          .join(" · ")}
      </p>
      <ul className="tags" aria-label="Tags">
        {paper.techniques.map((t) => (
          <li key={t}>{t}</li>
        ))}
        <li>{paper.modelFamily}</li>
      </ul>
      <div className="toolbar">
        <Link className="button primary" href={hrefFor("/compare", { papers: inCompare ? state.papers : nextPapers })} data-testid="compare-add">
          {inCompare ? "Open comparison" : "Add to comparison"}
        </Link>
        {inCompare ? (
          <Link className="button" href={hrefFor(`/papers/${id}`, { papers: nextPapers })}>
            Remove from comparison
          </Link>
        ) : null}
        {paperLinks(paper).map((link) => (
          <a key={link.href} className="button" href={link.href} rel="noopener noreferrer nofollow" target="_blank" data-testid={`paper-link-${link.kind}`}>
            {link.label} <span aria-hidden="true">↗</span>
          </a>
        ))}
        <ShareMenu state={state} version={index.version} page={{ type: "paper", paper }} path={`/papers/${id}`} />
      </div>
      <h2>Abstract</h2>
      <p className="abstract" data-testid="abstract">
        {segments.map((segment) =>
          segment.claims.length === 0 ? (
            <span key={segment.start}>{stripInvisibleControls(segment.text)}</span>
          ) : (
            <span key={segment.start} className="claim-hl">
              <bdi>
                <mark
                  className="claim"
                  tabIndex={0}
                  data-claim-ids={segment.claims.map((c) => c.id).join(" ")}
                  aria-describedby={`value-${segment.start}`}
                >
                  {stripInvisibleControls(segment.text)}
                </mark>
              </bdi>
              <span className="claim-value" id={`value-${segment.start}`} role="tooltip">
                {segment.claims.map((c) => `${c.kind} ${explainClaim(c).conversion}${statusNote(c)}`).join(" · ")}
              </span>
            </span>
          ),
        )}
      </p>
      <h2>Claims ({claims.length})</h2>
      {claims.length === 0 ? (
        <p className="muted">No quantitative claims were extracted from this abstract.</p>
      ) : (
        <ol className="claim-list" data-testid="paper-claims">
          {claims.map((c) => (
            <li key={c.id} data-claim-id={c.id}>
              <strong>
                {c.kind} {formatClaimValue(c)}
              </strong>{" "}
              <StatusBadge claim={c} />{" "}
              <ClaimFacts claim={c} />
              <br />
              <span className="small">
                <Evidence claim={c} />
              </span>
              {c.reason && !index.historyByClaim.has(c.id) ? <span className="small muted"> — reviewer: {c.reason}</span> : null}
              <CorrectionHistory history={index.historyByClaim.get(c.id)} />
              <CorrectionForm claim={c} options={correctionOptions} />
            </li>
          ))}
        </ol>
      )}
      {rejected.length > 0 ? (
        <>
          <h2>Rejected ({rejected.length})</h2>
          <p className="small muted">Read by the extractor, then rejected by a reviewer: not counted anywhere else on Claimscope.</p>
          <ul className="claim-list rejected-list" data-testid="rejected-claims">
            {rejected.map((c) => (
              <li key={c.id} data-claim-id={c.id}>
                <s>
                  {c.kind} {formatClaimValue(c)}
                </s>{" "}
                <span className="small">“{c.evidence.text}”</span>
                <br />
                <span className="small">Reason: {c.reason ?? "no reason given"}</span>
                <CorrectionHistory history={index.historyByClaim.get(c.id)} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>Sources</h2>
      <p className="small muted">Listings this paper was ingested from{paper.date ? `; the paper is dated ${paper.date}` : ""}.</p>
      <ul className="small" data-testid="paper-sources">
        {paper.sources.map((s) => (
          <li key={s}>{describeSource(s)}</li>
        ))}
      </ul>
    </article>
  );
}
