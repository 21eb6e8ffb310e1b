import Link from "next/link";
import { hrefFor, type ViewState } from "@/lib/views/url-state";

const TOGGLES = [
  { field: "reviewed", label: "Reviewed claims only", hint: "corrected or added by a person" },
  { field: "typical", label: "Typical figures only", hint: "hides “up to” claims; ranges at their lower end" },
] as const;

/** On/off view switches that are links, like every other filter (issues #5 and #6). */
export default function ViewToggles({ state, path = "/", reviewedAvailable }: { state: ViewState; path?: string; reviewedAvailable: boolean }) {
  // "Reviewed claims only" would show nothing while no claim is reviewed; a link that is on stays so it can be turned off.
  const toggles = TOGGLES.filter((t) => t.field !== "reviewed" || reviewedAvailable || state.reviewed);
  return (
    <div className="facet" role="group" aria-label="Review and typical figures">
      <h3>Show</h3>
      <ul className="chips">
        {toggles.map((t) => (
          <li key={t.field}>
            <Link
              href={hrefFor(path, { ...state, [t.field]: !state[t.field], page: 1 })}
              prefetch={false}
              scroll={false}
              className="chip"
              aria-current={state[t.field] ? "true" : undefined}
              data-toggle={t.field}
              title={t.hint}
            >
              {state[t.field] ? "✓ " : ""}
              {t.label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
