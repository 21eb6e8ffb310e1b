import { expect, it } from "vitest";
import { HARDWARE_ORDER } from "@/lib/views/hardware-colors";
import { HARDWARE_CLASSES } from "@/lib/schema";

it("has one colour per hardware class, in schema order", () => {
  expect(HARDWARE_ORDER).toEqual([...HARDWARE_CLASSES]);
});
