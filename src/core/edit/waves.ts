// Adding, renaming, re-dating and removing a wave (a review point on the time axis).
import { waveSchema, type Project, type Wave } from "../model/schema.ts";
import { checked, parseRecord, refuse, withoutUndefined, type EditResult } from "./check.ts";
import { newId } from "./ids.ts";

/** The fields of a wave a form gives (the id is made). */
export type WaveInput = Partial<Omit<Wave, "id">>;

/**
 * Adds a wave named `input.label` on `input.date`, with an id made from its name. Label: "Add the
 * wave Q1 (2015-01-01)". Errors by field: those of `waveSchema`, an empty name.
 */
export function addWave(project: Project, input: WaveInput): EditResult {
  const label = input.label?.trim();
  const parsed = parseRecord(waveSchema, withoutUndefined({ ...input, label, id: newId(label ?? "", project.waves.map((w) => w.id), "wave") }));
  if (!parsed.ok) return parsed;
  if (parsed.value.label === "") return refuse("label", "is empty: give a name");
  return checked({ ...project, waves: [...project.waves, parsed.value] }, `Add the wave ${parsed.value.label} (${parsed.value.date})`, "waves", [project.waves.length]);
}

/**
 * Renames or re-dates the wave `id` (the fields in `changes`). Label: "Edit the wave Q1".
 * Errors: an unknown id (at `id`), and as `addWave`.
 */
export function updateWave(project: Project, id: string, changes: WaveInput): EditResult {
  const index = project.waves.findIndex((w) => w.id === id);
  if (index < 0) return refuse("id", `"${id}" is not in the waves`);
  const label = changes.label === undefined ? project.waves[index].label : changes.label.trim();
  const parsed = parseRecord(waveSchema, { ...project.waves[index], ...withoutUndefined(changes), label, id });
  if (!parsed.ok) return parsed;
  if (parsed.value.label === "") return refuse("label", "is empty: give a name");
  const waves = [...project.waves];
  waves[index] = parsed.value;
  return checked({ ...project, waves }, `Edit the wave ${parsed.value.label}`, "waves", [index]);
}

/** Removes the wave `id` (observations made on its date stay). Label: "Remove the wave Q1". */
export function removeWave(project: Project, id: string): EditResult {
  const wave = project.waves.find((w) => w.id === id);
  if (wave === undefined) return refuse("id", `"${id}" is not in the waves`);
  return { ok: true, project: { ...project, waves: project.waves.filter((w) => w.id !== id) }, label: `Remove the wave ${wave.label}` };
}
