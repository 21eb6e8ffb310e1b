import { expect, test } from "@playwright/test";

/* Issue #4: response headers on every route, and requests refused before any work. */
test("pages and the API send the security headers; only /embed may be framed", async ({ request }) => {
  for (const path of ["/", "/compare", "/api/claims?kind=cost"]) {
    const headers = (await request.get(path)).headers();
    expect(headers["content-security-policy"], path).toBeTruthy();
    expect(headers["content-security-policy"], path).not.toContain("unsafe-eval");
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBeTruthy();
    expect(headers["x-frame-options"], path).toBe("DENY");
  }
  const embed = (await request.get("/embed")).headers();
  expect(embed["x-frame-options"]).toBeUndefined();
  expect(embed["content-security-policy"]).toContain("frame-ancestors *");
});

test("over-long and over-wide queries are refused with 414 and 400", async ({ request }) => {
  const long = await request.get(`/?q=${"a".repeat(3000)}`);
  expect(long.status()).toBe(414);
  const wide = await request.get(`/api/claims?${Array.from({ length: 40 }, (_, i) => `p${i}=1`).join("&")}`);
  expect(wide.status()).toBe(400);
  expect(await wide.json()).toMatchObject({ parameter: "p32" });
});
