import { describe, expect, it } from "vitest";
import { checkActionRequest, checkPathEncoding, MAX_ACTION_BODY_BYTES } from "@/lib/http/request-shape";

const h = (entries: Record<string, string>) => new Headers(entries);

describe("checkPathEncoding", () => {
  it.each(["/papers/%ff", "/papers/%e2%82", "/preview/paper/%ff", "/%"])("refuses %s with 400", (path) => {
    expect(checkPathEncoding(path)).toMatchObject({ status: 400 });
  });
  it.each(["/papers/flash-attention", "/papers/caf%C3%A9", "/"])("lets %s through", (path) => {
    expect(checkPathEncoding(path)).toBeNull();
  });
});

describe("checkActionRequest", () => {
  const form = { "next-action": "7f00aa", "content-type": "multipart/form-data; boundary=x" };
  it("lets a form post of the search form's size through, and anything that is not an action", () => {
    expect(checkActionRequest("POST", h({ ...form, "content-length": "420" }))).toBeNull();
    expect(checkActionRequest("POST", h({ "content-type": "text/plain", "content-length": "9999999" }))).toBeNull();
    expect(checkActionRequest("GET", h({ "next-action": "x" }))).toBeNull();
  });
  it("refuses a forged body that is not form data (400), a huge one (413), one of unknown length (411)", () => {
    expect(checkActionRequest("POST", h({ "next-action": "7f00aa", "content-type": "text/plain;charset=UTF-8", "content-length": "20" }))).toMatchObject({ status: 400 });
    expect(checkActionRequest("POST", h({ ...form, "content-length": String(5 * 1024 * 1024) }))).toMatchObject({ status: 413 });
    expect(checkActionRequest("POST", h({ ...form, "content-length": String(MAX_ACTION_BODY_BYTES + 1) }))).toMatchObject({ status: 413 });
    expect(checkActionRequest("POST", h(form))).toMatchObject({ status: 411 });
    expect(checkActionRequest("POST", h({ ...form, "content-length": "1e9" }))).toMatchObject({ status: 400 });
  });
});
