import { Fragment } from "react";
import type { ClaimFact } from "@/lib/views/explain-claim";

/** Every fact behind a claim's number (lib/views/explain-claim.ts, claimFacts) as a definition list. */
export default function ClaimFacts({ facts }: { facts: ClaimFact[] }) {
  return (
    <dl className="claim-facts small" data-testid="claim-facts">
      {facts.map((fact) => (
        <Fragment key={fact.id}>
          <dt>{fact.term}</dt>
          <dd data-testid={fact.id === "conversion" ? "claim-conversion" : undefined}>{fact.detail}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
