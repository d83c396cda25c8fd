// Coalesced saving: at most one save in flight, and the latest value always saved last. A burst
// of changes while a save runs becomes one more save, of the newest value; values in between are
// skipped (each save writes the whole state, so nothing is lost by skipping).

/** What the queue is doing, for the header's status line. */
export type SaveStatus =
  | { phase: "idle" }
  | { phase: "saving" }
  | { phase: "saved"; at: Date }
  | { phase: "failed"; message: string };

/** A queue of saves of values of type `T`. */
export interface SaveQueue<T> {
  /** Asks for `value` to be saved: now when nothing is being saved, else after the save under way. */
  request(value: T): void;
  /** Resolves when nothing is being saved or waiting (after the last failure too). */
  idle(): Promise<void>;
}

/**
 * A save queue over `write` (one whole save of a value; a rejection becomes a "failed" status with
 * its message, and the next request tries again). `onStatus` hears every change of status;
 * `now` gives the time of a finished save.
 */
export function createSaveQueue<T>(write: (value: T) => Promise<void>, onStatus: (status: SaveStatus) => void, now: () => Date = () => new Date()): SaveQueue<T> {
  let running: Promise<void> | undefined;
  let waiting: { value: T } | undefined;
  const run = async (): Promise<void> => {
    while (waiting !== undefined) {
      const { value } = waiting;
      waiting = undefined;
      onStatus({ phase: "saving" });
      try {
        await write(value);
        if (waiting === undefined) onStatus({ phase: "saved", at: now() });
      } catch (error) {
        onStatus({ phase: "failed", message: (error as Error).message || String(error) });
      }
    }
  };
  return {
    request(value) {
      waiting = { value };
      running ??= run().finally(() => {
        running = undefined;
      });
    },
    async idle() {
      while (running !== undefined) await running;
    },
  };
}
