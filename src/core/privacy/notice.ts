// The line every pseudonymised file carries: pseudonymised data is still personal data under UK
// GDPR (ICO, "Introduction to anonymisation", pseudonymisation chapter: it can be re-identified
// with additional information), so it must be kept as securely as the original.

/** What a pseudonymised export says of itself, in its header or metadata. */
export const PSEUDONYMISED_NOTICE = "Pseudonymised — still personal data under UK GDPR; keep it as securely as the original";

/** The meta attribute that carries the notice in JSON, GEXF and GraphML exports. */
export const NOTICE_ATTRIBUTE = "privacy";
