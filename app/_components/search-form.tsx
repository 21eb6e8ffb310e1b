"use client";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { hrefFor, serializeUrlState, URL_FIELDS, type ViewState } from "@/lib/url-state";

/**
 * Text search and value range. Without JavaScript it is a plain GET form (hidden
 * inputs carry the rest of the view); with it, the URL is written canonically.
 */
export default function SearchForm({ state, path = "/" }: { state: ViewState; path?: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const rest = new URLSearchParams(serializeUrlState({ ...state, q: "", min: null, max: null, page: 1 }));
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "");
    const next: ViewState = {
      ...state,
      q: URL_FIELDS.q.parse(text("q")).value,
      min: URL_FIELDS.min.parse(text("min")).value,
      max: URL_FIELDS.max.parse(text("max")).value,
      page: 1,
    };
    startTransition(() => router.push(hrefFor(path, next), { scroll: false }));
  };
  return (
    <form className="search-form" action={path} method="get" onSubmit={onSubmit} role="search">
      {[...rest].map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value} />
      ))}
      <label>
        Search titles and abstracts
        <input type="search" name="q" defaultValue={state.q} maxLength={200} placeholder="e.g. speculative decoding" />
      </label>
      <div className="range-row">
        <label>
          Min value
          <input type="number" name="min" step="any" defaultValue={state.min ?? ""} inputMode="decimal" />
        </label>
        <label>
          Max value
          <input type="number" name="max" step="any" defaultValue={state.max ?? ""} inputMode="decimal" />
        </label>
      </div>
      <button type="submit" disabled={pending}>
        {pending ? "Applying…" : "Apply"}
      </button>
    </form>
  );
}
