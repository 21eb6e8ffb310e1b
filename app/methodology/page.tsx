import Link from "next/link";
import ColumnHeaders from "@/app/_components/column-headers";
import evalOutput from "@/data/eval-summary.json";
import { EvalSummary } from "@/lib/eval/eval-summary";
import { HARDWARE_CLASSES, CLAIM_KINDS } from "@/lib/schema";
import { comparabilityDimensions, fieldShares, KIND_MEANINGS, qualityRows, workedExamples } from "@/lib/views/methodology";

export const metadata = {
  title: "Methodology · Claimscope",
  description: "What a claim is, how numbers are converted, how hardware and comparability are judged, and how well extraction does.",
};

/*
 * The extraction quality comes from `npm run eval -- --json --out data/eval-summary.json`,
 * run before every build (package.json "build", scripts/start.mjs): measured, not typed in.
 */
const quality = EvalSummary.parse(evalOutput);

export default function MethodologyPage() {
  return (
    <article className="methodology" data-testid="methodology">
      <h1>Methodology</h1>
      <p>
        Claimscope lists the quantitative claims that ML-systems papers make in their abstracts, each one traceable to the words that made it. This page says how
        those words become the numbers the charts, tables, exports and API show.
      </p>

      <h2 id="claim">What a claim is</h2>
      <p>
        A claim is one number in an abstract that says how the paper’s method compares with something else: “2.8× faster than vLLM”, “reduces memory by 60%”, “a
        0.4% accuracy drop”. Each claim keeps the exact words (its evidence span and sentence), a <strong>kind</strong>, a <strong>normalized value</strong>, a{" "}
        <strong>qualifier</strong> (exact, up to, average, at least, at most, approx.), the <strong>baseline</strong> as written (and its canonical name when it is
        a known system, precision or chip), the <strong>hardware</strong> it ran on and, when the abstract says, the <strong>baseline’s hardware</strong>. Claims
        are read from abstracts only: a number only the paper’s body states is not here.
      </p>

      <h2 id="kinds">Kinds and their conversions</h2>
      <dl className="kind-list">
        {CLAIM_KINDS.map((kind) => (
          <div key={kind}>
            <dt>{kind}</dt>
            <dd>{KIND_MEANINGS[kind]}</dd>
          </div>
        ))}
      </dl>
      <p>Every multiplier reads “higher is better” and 1× means no change. Worked examples, computed by the same code that explains each claim on the site:</p>
      <table className="compact" data-testid="worked-examples">
        <ColumnHeaders columns={["Rule", "Kind", "Words → value"]} />
        <tbody>
          {workedExamples().map((e) => (
            <tr key={e.rule}>
              <td>
                <code>{e.rule}</code>
              </td>
              <td>{e.kind}</td>
              <td>{e.conversion}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        A reduction of 100% or more (“reduces cost by 100%”) has no multiplier and is kept as <em>not convertible</em>. Value ranges and value sorting apply
        within one kind (one unit) only: × multipliers and accuracy points are never put on one scale; an accuracy range is read in points.
      </p>

      <h2 id="hardware">Hardware: the evidence order</h2>
      <p>The hardware class ({HARDWARE_CLASSES.join(", ")}) of a claim is decided by the first of these that applies:</p>
      <ol>
        <li>hardware named in the claim’s own sentence (a device such as “NVIDIA A100”, or a class word such as “FPGA”);</li>
        <li>a single hardware target named elsewhere in the abstract;</li>
        <li>a strong implication: CUDA, TensorRT or Triton imply GPU; Xeon, x86 or AVX imply CPU;</li>
        <li>otherwise “unspecified” — unknown, never guessed.</li>
      </ol>
      <p>
        Hardware named inside the baseline phrase (“against an NVIDIA V100”) is the baseline’s hardware, not the method’s. Device names are canonical (“NVIDIA
        A100” for “A100 GPUs”), and the explorer groups them by class.
      </p>

      <h2 id="comparability">Comparability</h2>
      <p>When claims are put side by side (compare, Versus), Claimscope warns that they are not alike when:</p>
      <ul>
        {comparabilityDimensions().map((d) => (
          <li key={d.dimension}>
            <strong>{d.dimension}</strong>: {d.meaning}
          </li>
        ))}
      </ul>
      <p>An unknown is never a difference: “unspecified” next to “GPU” is unknown, not different.</p>

      <h2 id="quality">Extraction quality</h2>
      <p data-testid="quality-source">
        Measured by <code>npm run eval</code> when this site was built: the extractor re-reads each labelled set’s abstracts and its claims are matched with
        the labels (same kind, value within 1% or 0.01).
      </p>
      {quality.map((set, i) => (
        <section key={set.name} aria-labelledby={`quality-${i}`} data-testid="quality-set">
          <h3 id={`quality-${i}`}>
            {set.name}: {set.papersScored} papers
          </h3>
          <table className="compact" data-testid="quality-table">
            <ColumnHeaders columns={["Kind", "Labelled", "Extracted", "Matched", "Precision", "Recall", "F1"]} />
            <tbody>
              {qualityRows(set).map((r) => (
                <tr key={r.kind} data-kind={r.kind}>
                  <th scope="row">{r.kind}</th>
                  <td className="num">{r.gold}</td>
                  <td className="num">{r.predicted}</td>
                  <td className="num">{r.matched}</td>
                  <td className="num">{r.precision}</td>
                  <td className="num">{r.recall}</td>
                  <td className="num" data-testid={`f1-${i}-${r.kind}`}>
                    {r.f1}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="small" data-testid="field-shares">
            Of the matched claims, right: {fieldShares(set).map((f) => `${f.field} ${f.share}`).join(" · ")}. Every field right:{" "}
            {(set.fields.fullyRight * 100).toFixed(1)}% of all labelled claims.
          </p>
        </section>
      ))}

      <h2 id="limits">Known limits</h2>
      <ul>
        <li>Abstracts only: tables, figures and the paper body are not read.</li>
        <li>A claim is what the authors say, not a reproduction: “up to” figures are peaks; use “Typical figures only” to leave them out.</li>
        <li>Baselines are free text; only known systems, kernels, precisions and chips get a canonical name, so one baseline may still appear under two names.</li>
        <li>Accuracy changes in different units (pp, BLEU, FID, rel%) cannot share an axis: a chart draws the most common unit and says how many it left out.</li>
        <li>The extractor’s rules were developed against these labelled papers, so the scores above are optimistic for papers it has not seen (a held-out set is scored with <code>npm run eval -- --holdout</code>).</li>
      </ul>
      <p>
        <Link href="/">Back to the explorer</Link>
      </p>
    </article>
  );
}
