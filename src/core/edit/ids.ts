// New ids for items added in the page (people, groups, ties, waves): readable, and unique in their
// collection. A person's or a tie's id never holds a name ("Hide names" shows ids in their place).

/**
 * An id made from `base` (e.g. a label: "Sam Jones" → "sam-jones") that is not in `taken`:
 * the slug itself when free, else the slug with the first free number ("sam-jones-2").
 * A base with no letter or digit gives `fallback` ("node", "tie") instead.
 */
export function newId(base: string, taken: ReadonlySet<string> | Iterable<string>, fallback = "item"): string {
  const used = taken instanceof Set ? (taken as ReadonlySet<string>) : new Set(taken);
  const slug = base
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40) || fallback;
  if (!used.has(slug)) return slug;
  for (let n = 2; ; n++) if (!used.has(`${slug}-${n}`)) return `${slug}-${n}`;
}

/**
 * An id that says what an item is and holds no name: `prefix` and the first number from 1 not in
 * `taken` ("service-user-1", then "service-user-2"; "tie-3"). For people and ties, whose ids are
 * shown instead of names while names are hidden.
 */
export function numberedId(prefix: string, taken: ReadonlySet<string> | Iterable<string>): string {
  const used = taken instanceof Set ? (taken as ReadonlySet<string>) : new Set(taken);
  const base = newId(prefix, [], "item");
  for (let n = 1; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}
