"use client";
import { useId, useState } from "react";
import { buildOverrideEntry, correctionInputFor, type CorrectionInput } from "@/lib/override-entry";
import type { Claim, ClaimKind, HardwareClass, Qualifier } from "@/lib/schema";

type Options = { kinds: readonly ClaimKind[]; qualifiers: readonly Qualifier[]; hardwareClasses: readonly HardwareClass[] };

/**
 * "Suggest a correction" for one claim: builds the data/overrides.json entry in the
 * browser and offers it to copy. Nothing is sent or written anywhere.
 */
export default function CorrectionForm({ claim, options }: { claim: Claim; options: Options }) {
  const [input, setInput] = useState<CorrectionInput>(() => correctionInputFor(claim));
  const [copied, setCopied] = useState<"" | "copied" | "failed">("");
  const id = useId();
  const result = buildOverrideEntry(claim, input);
  const set = <K extends keyof CorrectionInput>(key: K, value: CorrectionInput[K]) => {
    setCopied("");
    setInput((prev) => ({ ...prev, [key]: value }));
  };
  const copy = async () => {
    if (!result.ok) return;
    try {
      await navigator.clipboard.writeText(`${result.json},`);
      setCopied("copied");
    } catch {
      setCopied("failed");
    }
  };
  const rejecting = input.action === "reject";
  return (
    <details className="correction" data-testid="correction">
      <summary>Suggest a correction</summary>
      <form className="correction-form" onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend className="small">This claim is…</legend>
          <label>
            <input type="radio" name={`${id}-action`} checked={!rejecting} onChange={() => set("action", "correct")} /> wrong in some field
          </label>{" "}
          <label>
            <input type="radio" name={`${id}-action`} checked={rejecting} onChange={() => set("action", "reject")} data-testid="correction-reject" /> not a claim (reject)
          </label>
        </fieldset>
        {rejecting ? null : (
          <div className="correction-fields">
            <label>
              Kind
              <select value={input.kind} onChange={(e) => set("kind", e.target.value as ClaimKind)}>
                {options.kinds.map((k) => (
                  <option key={k}>{k}</option>
                ))}
              </select>
            </label>
            <label>
              Value
              <input inputMode="decimal" value={input.value} onChange={(e) => set("value", e.target.value)} data-testid="correction-value" size={8} />
            </label>
            <label>
              Range min
              <input inputMode="decimal" value={input.min} onChange={(e) => set("min", e.target.value)} size={8} />
            </label>
            <label>
              Qualifier
              <select value={input.qualifier} onChange={(e) => set("qualifier", e.target.value as Qualifier)}>
                {options.qualifiers.map((q) => (
                  <option key={q}>{q}</option>
                ))}
              </select>
            </label>
            <label>
              Hardware class
              <select value={input.hardwareClass} onChange={(e) => set("hardwareClass", e.target.value as HardwareClass)}>
                {options.hardwareClasses.map((h) => (
                  <option key={h}>{h}</option>
                ))}
              </select>
            </label>
            <label>
              Device
              <input value={input.device} onChange={(e) => set("device", e.target.value)} size={14} />
            </label>
            <label>
              Baseline
              <input value={input.baseline} onChange={(e) => set("baseline", e.target.value)} size={14} />
            </label>
          </div>
        )}
        <label className="correction-reason">
          Reason
          <input value={input.reason} onChange={(e) => set("reason", e.target.value)} data-testid="correction-reason" placeholder="why: what the abstract says" />
        </label>
        {result.ok ? (
          <>
            <p className="small muted">Add this entry to the <code>overrides</code> list in <code>data/overrides.json</code>, then run <code>npm run extract</code>:</p>
            <pre className="override-json" data-testid="override-json">{result.json}</pre>
            <button type="button" onClick={copy} data-testid="correction-copy">
              Copy entry
            </button>{" "}
            <span role="status" className="small muted">
              {copied === "copied" ? "Entry copied" : copied === "failed" ? "Copy failed: select the text above" : ""}
            </span>
          </>
        ) : (
          <p className="small muted" role="status" data-testid="correction-problem">
            {result.error}
          </p>
        )}
      </form>
    </details>
  );
}
