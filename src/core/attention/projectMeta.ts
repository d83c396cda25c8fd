// Keeping the list's settings and reviewed marks in the project (meta.attention, format version
// 3), so a JSON export carries them. Returns new objects: the project is never mutated.
import type { Project, ReviewMark } from "../model/schema.ts";
import { DEFAULT_ATTENTION_SETTINGS, type AttentionSettings } from "./settings.ts";

/**
 * The project with `settings` saved as the changes from the defaults only (so a project that
 * keeps the defaults follows better defaults later) and/or `marks` replacing the saved marks.
 * Nodes, ties, observations and waves are the same arrays (the map keeps its layout).
 */
export function withAttention(project: Project, patch: { settings?: AttentionSettings; marks?: readonly ReviewMark[] }): Project {
  const current = project.meta.attention ?? { settings: {}, marks: [] };
  let settings = current.settings;
  if (patch.settings) {
    settings = {};
    for (const [key, value] of Object.entries(patch.settings) as [keyof AttentionSettings, number | string[]][]) {
      if (JSON.stringify(value) !== JSON.stringify(DEFAULT_ATTENTION_SETTINGS[key])) settings[key] = Array.isArray(value) ? [...value] : value;
    }
  }
  const marks = patch.marks ? [...patch.marks] : current.marks;
  return { ...project, meta: { ...project.meta, attention: { settings, marks } } };
}
