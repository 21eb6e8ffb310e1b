import { applySearch } from "@/app/search-action";
import { unitLabel } from "@/lib/views/chart-data";
import { rangeApplies, serializeUrlState, type ViewState } from "@/lib/views/url-state";
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
      {/* A range is read in one kind's unit (× or accuracy points), so it is offered only with one kind. */}
      {rangeApplies(state) && state.kind[0] ? (
        <div className="range-row">
          <label>
            Min {state.kind[0]} ({unitLabel(state.kind[0])})
            <input type="number" name="min" step="any" defaultValue={state.min ?? ""} inputMode="decimal" />
          </label>
          <label>
            Max {state.kind[0]} ({unitLabel(state.kind[0])})
            <input type="number" name="max" step="any" defaultValue={state.max ?? ""} inputMode="decimal" />
          </label>
        </div>
      ) : (
        <p className="small muted" data-testid="range-hint">Pick one kind to filter by value: × and accuracy points are different units.</p>
      )}
      <SubmitButton />
    </form>
  );
}
