// One pseudonymisation per export, the same for every kind of export: the project's pseudonym
// key (made once and kept in the project, so codes are stable across exports and edits; see
// src/core/privacy/pseudonymKey.ts), and, when "Shift dates" is on, one random shift of whole
// days for this export.
import { newPseudonymKey, pseudonymKeyOf, PSEUDONYM_KEY_BYTES, withPseudonymKey } from "../../core/privacy/pseudonymKey.ts";
import { pseudonymise, type Pseudonymised } from "../../core/privacy/pseudonymise.ts";
import { randomShiftDays } from "../../core/privacy/shiftDates.ts";
import { describeUniqueDegrees, uniqueDegrees } from "../../core/privacy/uniqueDegrees.ts";
import type { Project } from "../../core/model/schema.ts";
import type { AppState, Store } from "../store.ts";

/**
 * The project with its pseudonym key: the store's project when it has one, otherwise the
 * project given a new random key, put in the store first (so it is saved with the project and
 * the next export uses the same key).
 */
export function keyedProject(store: Store): Project {
  const { project } = store.get();
  if (pseudonymKeyOf(project) !== undefined) return project;
  const keyed = withPseudonymKey(project, newPseudonymKey(crypto.getRandomValues(new Uint8Array(PSEUDONYM_KEY_BYTES))));
  store.set({ project: keyed });
  return keyed;
}

/** A random number in [0, 1) from the browser's cryptographic source. */
function secureRandom(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] / 2 ** 32;
}

/**
 * The pseudonymised project for one export, or undefined when "Pseudonymise exports" is off.
 * Call once per export action, so that every file of it (CSV's several) shares one date shift.
 */
export function exportPseudonymisation(store: Store): Pseudonymised | undefined {
  const state = store.get();
  if (!state.pseudonymise) return undefined;
  return pseudonymise(keyedProject(store), { shiftDays: state.shiftDates ? randomShiftDays(secureRandom()) : 0 });
}

/** The warning to show before exporting (people unique by their number of ties), or undefined. */
export function exportWarning(state: Pick<AppState, "project">): string | undefined {
  return describeUniqueDegrees(uniqueDegrees(state.project));
}
