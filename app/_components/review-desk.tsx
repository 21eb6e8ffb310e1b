"use client";
import { useRouter } from "next/navigation";
import { createContext, useContext, useEffect, useState } from "react";

/*
 * The reviewer's side of /review: the token is typed once (kept for this tab only, in
 * sessionStorage) and sent as a bearer token with each decision.
 */
const TOKEN_KEY = "claimscope-review-token";
const TokenContext = createContext<string>("");

export function ReviewDesk({ children }: { children: React.ReactNode }) {
  const [token, setToken] = useState("");
  useEffect(() => setToken(sessionStorage.getItem(TOKEN_KEY) ?? ""), []);
  return (
    <TokenContext.Provider value={token}>
      <label className="review-token">
        Reviewer token
        <input
          type="password"
          autoComplete="off"
          value={token}
          data-testid="review-token"
          onChange={(e) => {
            setToken(e.target.value);
            sessionStorage.setItem(TOKEN_KEY, e.target.value);
          }}
        />
      </label>
      {children}
    </TokenContext.Provider>
  );
}

export function DecisionButtons({ id }: { id: number }) {
  const token = useContext(TokenContext);
  const router = useRouter();
  const [note, setNote] = useState("");
  const [status, setStatus] = useState("");
  const decide = async (decision: "approve" | "reject") => {
    setStatus("Sending…");
    try {
      const response = await fetch(`/api/corrections/${id}/decision`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
        body: JSON.stringify(note.trim() ? { decision, note: note.trim() } : { decision }),
      });
      const answer = (await response.json()) as { error?: string };
      if (!response.ok) {
        setStatus(`Not recorded: ${answer.error ?? response.status}`);
        return;
      }
      setStatus(decision === "approve" ? "Approved" : "Rejected");
      router.refresh();
    } catch {
      setStatus("Not recorded: the server could not be reached");
    }
  };
  return (
    <div className="review-actions">
      <label className="small">
        Note (optional)
        <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} data-testid="review-note" />
      </label>
      <button type="button" className="button primary" onClick={() => decide("approve")} disabled={!token} data-testid="review-approve">
        Approve
      </button>
      <button type="button" className="button" onClick={() => decide("reject")} disabled={!token} data-testid="review-reject">
        Reject
      </button>
      <span role="status" className="small muted" data-testid="review-status">
        {token ? status : "Enter the reviewer token to decide."}
      </span>
    </div>
  );
}
