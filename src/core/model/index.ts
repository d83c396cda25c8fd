// The data model: vocabularies, schemas, dates, graph, snapshots and validation.
export * from "./vocabulary.ts";
export * from "./dates.ts";
export * from "./schema.ts";
export * from "./graph.ts";
export * from "./snapshot.ts";
export * from "./validate.ts";
export * from "./weight.ts";
export * from "./valuesAt.ts";
