// Free text versus a vocabulary: a column of text values is kept in a pseudonymised export only
// when it reads as categories (a hub, a relation, a role), not as notes typed about someone.
// A value that only one record holds is what can single a person out, and long values are
// sentences, so a column with either is treated as free text and dropped whole (and reported).

/** The longest value a vocabulary may hold (characters); longer ones are sentences. */
export const MAX_VOCABULARY_VALUE = 40;

/**
 * Why a column of text `values` is free text, or undefined when it is a vocabulary: every
 * non-empty value (trimmed, compared case-insensitively) is held by two records or more and is at
 * most MAX_VOCABULARY_VALUE characters long. An empty column is a vocabulary.
 */
export function freeTextReason(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) {
    const key = value.trim().toLowerCase();
    if (key === "") continue;
    if (key.length > MAX_VOCABULARY_VALUE) return `free text (values longer than ${MAX_VOCABULARY_VALUE} characters)`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const single = [...counts.values()].filter((c) => c === 1).length;
  return single > 0 ? `free text (${single} value${single === 1 ? "" : "s"} held by one record only)` : undefined;
}
