"use server";
import { redirect } from "next/navigation";
import { hrefFor, parseUrlState } from "@/lib/views/url-state";
import { applySearchFields } from "@/lib/views/view-edits";

/**
 * The explorer's search/range form posts here and is redirected to the canonical
 * URL of the new view. Parsing stays on the server (no zod in the browser), and
 * the form works the same with JavaScript off.
 */
function formText(formData: FormData, name: string): string {
  // A forged action call can pass anything as the argument; treat it as an empty form.
  const value = formData instanceof FormData ? formData.get(name) : null;
  return typeof value === "string" ? value : "";
}

export async function applySearch(formData: FormData): Promise<never> {
  const text = (name: string) => formText(formData, name);
  const { state } = parseUrlState(new URLSearchParams(text("view")));
  redirect(hrefFor("/", applySearchFields(state, { q: text("q"), min: text("min"), max: text("max") })));
}

/** The compare page's "find a paper" form: same idea, the view stays canonical. */
export async function findPaperToCompare(formData: FormData): Promise<never> {
  const text = (name: string) => formText(formData, name);
  const { state } = parseUrlState(new URLSearchParams(text("view")));
  redirect(hrefFor("/compare", applySearchFields({ ...state, min: null, max: null }, { q: text("q"), min: "", max: "" })));
}
