import { applySearch } from "@/app/search-action";
import { serializeUrlState, type ViewState } from "@/lib/views/url-state";
import SubmitButton from "./submit-button";

/** Text search and value range; the rest of the view rides along in one hidden field. */
export default function SearchForm({ state }: { state: ViewState }) {
  const view = serializeUrlState({ ...state, q: "", min: null, max: null, page: 1 });
  return (
    <form className="search-form" action={applySearch} role="search">
      <input type="hidden" name="view" value={view} />
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
      <SubmitButton />
    </form>
  );
}
