// One tab at a time may change a stored project: the tab that opens it holds the Web Lock
// `project:<id>` until it closes the project (or the tab goes away, which frees the lock).

/** The lock's name for the stored project `id`. */
export const tabLockName = (id: string): string => `project:${id}`;

/**
 * Takes the lock of project `id` if no other tab holds it. Resolves to the function that frees
 * it, or to undefined when another tab holds it. Where the browser has no Web Locks, every tab
 * may change the project (resolves to a function that does nothing).
 */
export function acquireTabLock(id: string): Promise<(() => void) | undefined> {
  const locks = globalThis.navigator?.locks;
  if (locks === undefined) return Promise.resolve(() => {});
  return new Promise((resolve, reject) => {
    locks
      .request(tabLockName(id), { ifAvailable: true }, (lock) => {
        if (lock === null) {
          resolve(undefined);
          return undefined;
        }
        // Held until `release` is called.
        return new Promise<void>((release) => resolve(() => release()));
      })
      .catch(reject);
  });
}
