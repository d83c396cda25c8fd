import { describe, expect, it } from "vitest";
import { modelField } from "../../../src/core/model/fields.ts";
import { errorText, fieldValue, nodeFieldShown, plainWord, rangeWords, rawValue } from "../../../src/ui/edit/formValues.ts";

const strength = modelField("ties", "strength")!;
const start = modelField("ties", "start")!;
const directed = modelField("ties", "directed")!;

describe("form values", () => {
  it("fieldValue: empty text is left out, a number input's text is a number, other text stays for the schema to refuse", () => {
    expect(fieldValue(strength, "  ")).toBeUndefined();
    expect(fieldValue(strength, "4")).toBe(4);
    expect(fieldValue(strength, "four")).toBe("four");
    expect(fieldValue(start, " 2024-01-01 ")).toBe("2024-01-01");
    expect(fieldValue(directed, true)).toBe(true);
  });

  it("rawValue: what an input shows", () => {
    expect(rawValue(strength, 3)).toBe("3");
    expect(rawValue(start, undefined)).toBe("");
    expect(rawValue(directed, undefined)).toBe(false);
  });

  it("plainWord and rangeWords", () => {
    expect(plainWord("peer_support")).toBe("Peer support");
    expect(rangeWords(strength)).toBe("1 (weak) to 5 (strong)");
    expect(rangeWords(start)).toBe("");
  });

  it("nodeFieldShown: use status for people, group type and recovery oriented for groups, the rest for all", () => {
    expect(nodeFieldShown("use_status", "family")).toBe(true);
    expect(nodeFieldShown("use_status", "group")).toBe(false);
    expect(nodeFieldShown("group_type", "group")).toBe(true);
    expect(nodeFieldShown("recovery_oriented", "service_user")).toBe(false);
    expect(nodeFieldShown("label", "group")).toBe(true);
  });

  it("errorText puts the label before the schema's words, and capitalises a rule's own sentence", () => {
    expect(errorText("Strength", "must be from 1 to 5")).toBe("Strength must be from 1 to 5");
    expect(errorText("With", 'matches 2 people: "Sam". Pick one')).toBe('With matches 2 people: "Sam". Pick one');
    expect(errorText("From", "is not a real date")).toBe("From is not a real date");
    expect(errorText("Until", "end 2014-01-01 is not after start 2015-01-01")).toBe("End 2014-01-01 is not after start 2015-01-01");
  });
});
