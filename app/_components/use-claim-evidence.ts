"use client";
import { useEffect, useState } from "react";
import type { ClaimEvidence } from "@/lib/views/claim-evidence";

/* Evidence already asked for in this page, so hovering a bar again shows it at once. */
const requested = new Map<string, Promise<ClaimEvidence | null>>();

export function loadClaimEvidence(id: string): Promise<ClaimEvidence | null> {
  let pending = requested.get(id);
  if (!pending) {
    pending = fetch(`/api/claims/${encodeURIComponent(id)}`)
      .then((r) => (r.ok ? (r.json() as Promise<ClaimEvidence>) : null))
      .catch(() => null);
    requested.set(id, pending);
  }
  return pending;
}

/** The evidence sentence and paper title of a claim, loaded when first needed (a tooltip opens). */
export function useClaimEvidence(id: string | undefined): ClaimEvidence | null {
  const [evidence, setEvidence] = useState<ClaimEvidence | null>(null);
  useEffect(() => {
    if (!id) return;
    let live = true;
    void loadClaimEvidence(id).then((found) => {
      if (live) setEvidence(found);
    });
    return () => {
      live = false;
    };
  }, [id]);
  return evidence?.id === id ? evidence : null;
}
