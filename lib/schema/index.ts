/*
 * The zod schemas: every data, URL and API type is z.infer of one of them. One file per idea;
 * import from "lib/schema" (this index), so a schema can move between files without edits elsewhere.
 */
export * from "./vocabulary";
export * from "./paper";
export * from "./claim";
export * from "./dataset";
export * from "./labelled-data";
export * from "./claim-fields";
export * from "./overrides";
export * from "./corrections";
