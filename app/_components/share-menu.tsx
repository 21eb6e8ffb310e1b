import { previewImagePath, type PreviewPage } from "@/lib/views/link-preview";
import { hrefFor, type ViewState } from "@/lib/views/url-state";
import ShareActions from "./share-actions";

type Props = { state: ViewState; version: string; page: PreviewPage; path: string; embeddable?: boolean; embedHeight?: number };

/**
 * Share menu (issue #6): a link pinned to the data version (v=), the iframe snippet
 * of /embed for the same view, and the view's preview image as a PNG.
 */
export default function ShareMenu({ state, version, page, path, embeddable = false, embedHeight }: Props) {
  const pinned = { ...state, v: version };
  return (
    <ShareActions
      linkPath={hrefFor(path, pinned)}
      embedPath={embeddable ? hrefFor("/embed", { ...pinned, page: 1, sort: state.sort }) : null}
      embedHeight={embedHeight}
      imagePath={previewImagePath(page, state, version)}
      imageName={`claimscope-${page.type}.png`}
    />
  );
}
