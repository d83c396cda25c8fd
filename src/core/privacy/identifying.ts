// What in a project's free attributes looks like it identifies someone: attribute names that
// announce names or contact details, and text values that name a person or read like names.
// Deliberately cautious: a column it is unsure of is dropped, and every drop is reported.

/** Words that, in an attribute or measure name, announce a name, contact detail or identifier. */
const IDENTIFYING_WORDS: ReadonlySet<string> = new Set([
  "name", "names", "surname", "forename", "forenames", "firstname", "lastname", "fullname", "nickname", "alias",
  "email", "mail", "phone", "mobile", "telephone", "tel", "address", "postcode", "zip",
  "dob", "birth", "birthday", "birthdate", "nhs", "nino",
]);

/** The lower-case words of an attribute name: `nextOfKin_Name` → `next of kin name`. */
function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "");
}

/** True when an attribute (or observation measure) name says it holds a name or contact detail. */
export function isIdentifyingName(name: string): boolean {
  const ws = words(name);
  return ws.some((w) => IDENTIFYING_WORDS.has(w)) || IDENTIFYING_WORDS.has(ws.join(""));
}

const EMAIL = /[^\s@]+@[^\s@]+\.[a-z]{2,}/i;
// Nine or more digits, allowing spaces, dashes, dots and brackets between them (UK phone, NHS numbers).
const LONG_NUMBER = /(?:\d[\s().-]*){9,}/;
// Two to four words each starting with a capital followed by lower-case letters: "Kim Bramwell".
const NAME_WORD = String.raw`\p{Lu}\p{Ll}*(?:['’-]\p{L}\p{Ll}*)*`;
const PERSONAL_NAME = new RegExp(`^${NAME_WORD}(?: ${NAME_WORD}){1,3}$`, "u");

/** True when a text holds an email address or a long number such as a phone or NHS number. */
export function hasContactDetail(text: string): boolean {
  return EMAIL.test(text) || LONG_NUMBER.test(text);
}

/** True when a text reads like a personal name: "Kim Bramwell", "Mary-Jo O'Neill". */
export function looksLikePersonalName(text: string): boolean {
  return PERSONAL_NAME.test(text.trim());
}

/** Lower-case words of a text; apostrophes and hyphens split too, so "Bramwell's" holds "bramwell". */
function tokens(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "");
}

/** Finds known names (people's labels) inside free text, word by word, in time linear in the text. */
export class NameFinder {
  private readonly names = new Set<string>();
  private longest = 1;

  /** `names`: the labels to look for; matched case-insensitively as whole words. */
  constructor(names: Iterable<string>) {
    for (const name of names) {
      const ws = tokens(name);
      // One-letter "names" (initials) would match almost any text.
      if (ws.length === 0 || ws.join(" ").length < 2) continue;
      this.names.add(ws.join(" "));
      this.longest = Math.max(this.longest, ws.length);
    }
  }

  /** True when `text` contains one of the names as whole words. */
  mentionsName(text: string): boolean {
    const ws = tokens(text);
    for (let i = 0; i < ws.length; i++) {
      let phrase = "";
      for (let n = 0; n < this.longest && i + n < ws.length; n++) {
        phrase = n === 0 ? ws[i] : `${phrase} ${ws[i + n]}`;
        if (this.names.has(phrase)) return true;
      }
    }
    return false;
  }
}

/** Why a column of text values is dropped, or undefined when it may stay. */
export function identifyingColumnReason(values: readonly string[], finder: NameFinder): string | undefined {
  if (values.some(hasContactDetail)) return "holds email addresses or phone-like numbers";
  if (values.some((v) => finder.mentionsName(v))) return "mentions people by name";
  const distinct = [...new Set(values.map((v) => v.trim()).filter((v) => v !== ""))];
  const nameLike = distinct.filter(looksLikePersonalName).length;
  if (distinct.length > 0 && nameLike * 2 > distinct.length) return "reads like people's names";
  return undefined;
}
