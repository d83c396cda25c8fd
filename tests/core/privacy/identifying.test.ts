import { describe, expect, it } from "vitest";
import {
  hasContactDetail,
  identifyingColumnReason,
  isIdentifyingName,
  looksLikePersonalName,
  NameFinder,
} from "../../../src/core/privacy/identifying.ts";

describe("identifying text", () => {
  it("isIdentifyingName reads words in snake, camel and run-together names", () => {
    expect(["first_name", "nextOfKinName", "Email", "date of birth", "postcode", "NHS number", "fullname"].map(isIdentifyingName)).toEqual([true, true, true, true, true, true, true]);
    expect(["hub", "pathway", "relation", "referral", "username"].map(isIdentifyingName)).toEqual([false, false, false, false, false]);
  });

  it("hasContactDetail finds emails and long numbers, not dates or counts", () => {
    expect(["kim@example.org", "07700 900123", "943 476 5919", "2014-03-31", "41", "room 12"].map(hasContactDetail)).toEqual([true, true, true, false, false, false]);
  });

  it("looksLikePersonalName wants two to four capitalised words", () => {
    expect(["Kim Bramwell", "Mary-Jo O'Neill", "Tunbridge Wells", "Maidstone", "AA Tuesday", "used together"].map(looksLikePersonalName)).toEqual([true, true, true, false, false, false]);
  });

  it("NameFinder matches whole-word names in any case, not parts of words", () => {
    const finder = new NameFinder(["Kim Bramwell", "Bo", "J"]);
    expect(["Saw KIM BRAMWELL today", "Kimberley Bramwellson", "with Bo, later", "boat", "J"].map((t) => finder.mentionsName(t))).toEqual([true, false, true, false, false]);
  });

  it("identifyingColumnReason keeps categories and drops contact details, mentions and name-like columns", () => {
    const finder = new NameFinder(["Kim Bramwell"]);
    expect(identifyingColumnReason(["Maidstone", "Tunbridge Wells", "Sevenoaks", "Maidstone"], finder)).toBeUndefined();
    expect(identifyingColumnReason(["call 07700 900123"], finder)).toBe("holds email addresses or phone-like numbers");
    expect(identifyingColumnReason(["saw Kim Bramwell"], finder)).toBe("mentions people by name");
    expect(identifyingColumnReason(["Mary Smith", "Joe Bloggs", "self"], finder)).toBe("reads like people's names");
    expect(identifyingColumnReason(["Mary Smith", "self", "GP"], finder)).toBeUndefined();
  });
});
