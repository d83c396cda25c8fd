// The network the page opens with: the synthetic programme dataset (`datasets/programme.json`,
// see datasets/README.md), bundled as its own chunk and loaded from the same origin.
import { projectSchema, type Project } from "../core/model/schema.ts";

/** Loads `datasets/programme.json`; throws the schema's error if the file is not a valid project. */
export async function loadSample(): Promise<Project> {
  const { default: data } = await import("../../datasets/programme.json");
  return projectSchema.parse(data);
}
