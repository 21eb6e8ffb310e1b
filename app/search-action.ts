"use server";
import { redirect } from "next/navigation";
import { hrefFor, parseUrlState } from "@/lib/url-state";
import { applySearchFields } from "@/lib/view-edits";

/**
 * The explorer's search/range form posts here and is redirected to the canonical
 * URL of the new view. Parsing stays on the server (no zod in the browser), and
 * the form works the same with JavaScript off.
 */
export async function applySearch(formData: FormData): Promise<never> {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : "";
  };
  const { state } = parseUrlState(new URLSearchParams(text("view")));
  redirect(hrefFor("/", applySearchFields(state, { q: text("q"), min: text("min"), max: text("max") })));
}
