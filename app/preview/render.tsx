import { ImageResponse } from "next/og";
import PreviewImage from "@/app/_components/preview-image";
import type { DatasetIndex } from "@/lib/dataset-index";
import { PREVIEW_SIZE, previewModel, type PreviewPage } from "@/lib/link-preview";
import { parseUrlState } from "@/lib/views/url-state";

/**
 * The PNG of a view's chart, keyed by its query. The query carries the data version
 * (v=) so a cached image is never stale: a link on the current version is cached for
 * a day, any other only briefly.
 */
export function renderPreview(request: Request, index: DatasetIndex, page: PreviewPage): Response {
  const { state } = parseUrlState(new URL(request.url).searchParams);
  const model = previewModel(index, page, state);
  const current = state.v === index.version;
  return new ImageResponse(<PreviewImage model={model} />, {
    ...PREVIEW_SIZE,
    headers: {
      "Cache-Control": current ? "public, max-age=86400, immutable" : "public, max-age=300",
    },
  });
}
