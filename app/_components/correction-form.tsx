"use client";
import { useId, useState, type FormEvent } from "react";
import { buildOverrideEntry, correctionInputFor, type CorrectionInput } from "@/lib/curation/override-entry";
import type { Claim, ClaimKind, HardwareClass, Override, Qualifier } from "@/lib/schema";

type Options = { kinds: readonly ClaimKind[]; qualifiers: readonly Qualifier[]; hardwareClasses: readonly HardwareClass[] };

type Sent = { state: "idle" } | { state: "sending" } | { state: "sent"; id: number } | { state: "failed"; error: string };

/** The API body for a built entry: the claim by its stable id, only the fields that change. */
function requestBody(claim: Claim, entry: Override, submitter: string): Record<string, unknown> {
  const who = submitter.trim() ? { submitter: submitter.trim() } : {};
  if (entry.action === "reject") return { action: "reject", claimId: claim.id, reason: entry.reason, ...who };
  if (entry.action === "correct") return { action: "correct", claimId: claim.id, fields: entry.set, reason: entry.reason, ...who };
  return {};
}

/** A labelled drop-down of one vocabulary (kinds, qualifiers, hardware classes). */
function Choice<T extends string>({ label, value, choices, onChange }: { label: string; value: T; choices: readonly T[]; onChange: (value: T) => void }) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value as T)}>
        {choices.map((choice) => (
          <option key={choice}>{choice}</option>
        ))}
      </select>
    </label>
  );
}

/**
 * "Suggest a correction" for one claim: checked in the browser as it is typed, then sent to
 * POST /api/corrections, where it waits for a reviewer on /review. No account needed.
 */
export default function CorrectionForm({ claim, options }: { claim: Claim; options: Options }) {
  const [input, setInput] = useState<CorrectionInput>(() => correctionInputFor(claim));
  const [submitter, setSubmitter] = useState("");
  const [sent, setSent] = useState<Sent>({ state: "idle" });
  const id = useId();
  const result = buildOverrideEntry(claim, input);
  const set = <K extends keyof CorrectionInput>(key: K, value: CorrectionInput[K]) => {
    if (sent.state !== "sending") setSent({ state: "idle" });
    setInput((prev) => ({ ...prev, [key]: value }));
  };
  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (!result.ok || sent.state === "sending") return;
    setSent({ state: "sending" });
    try {
      const response = await fetch("/api/corrections", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(requestBody(claim, result.entry, submitter)),
      });
      const answer = (await response.json()) as { id?: number; error?: string };
      if (response.status === 201 && answer.id) setSent({ state: "sent", id: answer.id });
      else setSent({ state: "failed", error: answer.error ?? `the server answered ${response.status}` });
    } catch {
      setSent({ state: "failed", error: "the server could not be reached; try again" });
    }
  };
  const rejecting = input.action === "reject";
  return (
    <details className="correction" data-testid="correction">
      <summary>Suggest a correction</summary>
      <form className="correction-form" onSubmit={send}>
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
            <Choice label="Kind" value={input.kind} choices={options.kinds} onChange={(v) => set("kind", v)} />
            <label>
              Value
              <input inputMode="decimal" value={input.value} onChange={(e) => set("value", e.target.value)} data-testid="correction-value" size={8} />
            </label>
            <label>
              Range min
              <input inputMode="decimal" value={input.min} onChange={(e) => set("min", e.target.value)} size={8} />
            </label>
            <Choice label="Qualifier" value={input.qualifier} choices={options.qualifiers} onChange={(v) => set("qualifier", v)} />
            <Choice label="Hardware class" value={input.hardwareClass} choices={options.hardwareClasses} onChange={(v) => set("hardwareClass", v)} />
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
        <label className="correction-reason">
          Your name (optional)
          <input value={submitter} onChange={(e) => setSubmitter(e.target.value)} maxLength={80} data-testid="correction-submitter" placeholder="shown to reviewers" />
        </label>
        {result.ok ? (
          <p>
            <button type="submit" className="button primary" disabled={sent.state === "sending" || sent.state === "sent"} data-testid="correction-send">
              Send for review
            </button>{" "}
            <span role="status" className="small muted" data-testid="correction-status">
              {sent.state === "sent"
                ? `Thank you: suggestion #${sent.id} is waiting for a reviewer.`
                : sent.state === "failed"
                  ? `Not sent: ${sent.error}`
                  : sent.state === "sending"
                    ? "Sending…"
                    : ""}
            </span>
          </p>
        ) : (
          <p className="small muted" role="status" data-testid="correction-problem">
            {result.error}
          </p>
        )}
      </form>
    </details>
  );
}
