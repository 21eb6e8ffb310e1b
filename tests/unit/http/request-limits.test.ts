import { describe, expect, it } from "vitest";
import { MAX_LIST_VALUES, MAX_PARAMETERS, MAX_QUERY_CHARS, checkRequestLimits } from "@/lib/http/request-limits";

describe("checkRequestLimits", () => {
  it("accepts a real view", () => {
    expect(checkRequestLimits("?hw=GPU~FPGA&kind=speedup&q=vllm&sort=-value&min=1.5")).toBeNull();
    expect(checkRequestLimits("")).toBeNull();
  });
  it("refuses an over-long query with 414", () => {
    expect(checkRequestLimits(`?q=${"a".repeat(MAX_QUERY_CHARS)}`)).toMatchObject({ status: 414 });
  });
  it("refuses too many parameters or list values with 400, naming the parameter", () => {
    const many = Array.from({ length: MAX_PARAMETERS + 1 }, (_, i) => `p${i}=1`).join("&");
    expect(checkRequestLimits(`?${many}`)).toMatchObject({ status: 400, parameter: `p${MAX_PARAMETERS}` });
    const list = Array.from({ length: MAX_LIST_VALUES + 1 }, () => "GPU").join("~");
    expect(checkRequestLimits(`?hw=${list}`)).toMatchObject({ status: 400, parameter: "hw" });
  });
});

describe("parameter names in errors", () => {
  it("never echoes markup in a parameter name", () => {
    const many = Array.from({ length: 40 }, (_, i) => `<x-fuzz${i}>=1`).join("&");
    expect(JSON.stringify(checkRequestLimits(`?${many}`))).not.toMatch(/[<>]/);
  });
});
