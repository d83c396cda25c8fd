import { describe, expect, test } from "vitest";
import { shownName } from "../../src/ui/names.ts";

const person = { id: "su-1", label: "Ann Lee", kind: "service_user" };
const group = { id: "g-1", label: "Narcotics Anonymous Tuesday", kind: "group" };

describe("shownName(node, choices)", () => {
  test("shows every name while names are not hidden", () => {
    expect([shownName(person, { hideNames: false, showGroupNames: false }), shownName(group, { hideNames: false, showGroupNames: false })]).toEqual(["Ann Lee", "Narcotics Anonymous Tuesday"]);
  });
  test("hides people's and groups' names, unless group names are kept", () => {
    expect([shownName(person, { hideNames: true, showGroupNames: false }), shownName(group, { hideNames: true, showGroupNames: false })]).toEqual(["su-1", "g-1"]);
    expect([shownName(person, { hideNames: true, showGroupNames: true }), shownName(group, { hideNames: true, showGroupNames: true })]).toEqual(["su-1", "Narcotics Anonymous Tuesday"]);
  });
});
