import type { Metadata } from "next";
import { headers } from "next/headers";
import { loadDataset } from "@/lib/dataset/load-dataset";
import { publicOrigin } from "@/lib/http/public-origin";
import { PREVIEW_SIZE, previewImagePath, previewModel, type PreviewPage } from "@/lib/views/link-preview";
import { hrefFor, parseUrlState } from "@/lib/views/url-state";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The public origin for card URLs (lib/http/public-origin.ts), or null: then the cards carry no URLs. */
async function origin(): Promise<URL | null> {
  const found = publicOrigin(await headers());
  return found ? new URL(found) : null;
}

/**
 * Open Graph and Twitter card of one view (issue #6): the title says what the view
 * shows ("Speedup claims on FPGA — 12 papers") and the image is that view's chart.
 */
async function viewMetadata(searchParams: SearchParams, page: PreviewPage, path: string): Promise<Metadata> {
  const { state } = parseUrlState(await searchParams);
  const index = await loadDataset();
  const model = previewModel(index, page, state);
  const image = { url: previewImagePath(page, state, index.version), ...PREVIEW_SIZE, alt: `${model.title}: ${model.caption}` };
  const url = hrefFor(path, { ...state, v: "" });
  const base = await origin();
  const card = { title: model.title, description: model.description };
  // Without a public origin an absolute URL could only be guessed from request headers
  // (which anyone can forge) or be "localhost": the cards then name no URL and no image.
  if (!base) {
    return { title: `${model.title} · Claimscope`, description: model.description, openGraph: { type: "website", siteName: "Claimscope", ...card }, twitter: { card: "summary", ...card } };
  }
  return {
    metadataBase: base,
    title: `${model.title} · Claimscope`,
    description: model.description,
    alternates: { canonical: url },
    openGraph: { type: "website", siteName: "Claimscope", ...card, url, images: [image] },
    twitter: { card: "summary_large_image", ...card, images: [image] },
  };
}

export function explorerMetadata(searchParams: SearchParams): Promise<Metadata> {
  return viewMetadata(searchParams, { type: "explorer" }, "/");
}

export function compareMetadata(searchParams: SearchParams): Promise<Metadata> {
  return viewMetadata(searchParams, { type: "compare" }, "/compare");
}

export async function paperMetadata(id: string, searchParams: SearchParams): Promise<Metadata> {
  const paper = (await loadDataset()).paperById.get(id);
  if (!paper) return { title: "Paper not found · Claimscope" };
  return viewMetadata(searchParams, { type: "paper", paper }, `/papers/${id}`);
}
