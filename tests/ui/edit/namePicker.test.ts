import { describe, expect, it } from "vitest";
import { projectSchema } from "../../../src/core/model/schema.ts";
import { done } from "../../../src/ui/edit/applyEdit.ts";
import { matchWords, pickedNode, pickProblem, suggestion } from "../../../src/ui/edit/namePicker.ts";

const { nodes } = projectSchema.parse({
  format: "recovery-networks",
  version: 4,
  nodes: [
    { id: "a", label: "Sam Jones", kind: "friend" },
    { id: "b", label: "Sam Jones", kind: "family" },
    { id: "c", label: "Pat  Lee", kind: "worker" },
    { id: "d", label: "Beth Brown", kind: "family" },
  ],
  ties: [],
});

describe("pickedNode", () => {
  it("reads a suggestion, an id, or a name only one node has (case and spaces aside)", () => {
    expect(suggestion(nodes[1], false)).toBe("Sam Jones (b)");
    expect(pickedNode(nodes, "Sam Jones (b)", false)).toBe("b");
    expect(pickedNode(nodes, "c", false)).toBe("c");
    expect(pickedNode(nodes, " pat lee ", false)).toBe("c");
  });

  it("a name two nodes have, or nobody has, picks no one", () => {
    expect(pickedNode(nodes, "Sam Jones", false)).toBeUndefined();
    expect(pickedNode(nodes, "Kim", false)).toBeUndefined();
    expect(pickedNode(nodes, "", false)).toBeUndefined();
  });

  it("with names hidden, only ids are suggested and read", () => {
    expect(suggestion(nodes[0], true)).toBe("a");
    expect(pickedNode(nodes, "Pat Lee", true)).toBeUndefined();
    expect(pickedNode(nodes, "a", true)).toBe("a");
  });
});

describe("typed names", () => {
  it("a first name, or any run of whole words, only one node's name has picks it, case aside", () => {
    expect(pickedNode(nodes, "Beth", false)).toBe("d");
    expect(pickedNode(nodes, "brown", false)).toBe("d");
    expect(pickedNode(nodes, "BETH BROWN", false)).toBe("d");
    expect(pickedNode(nodes, "Bet", false)).toBeUndefined();
    expect(pickedNode(nodes, "Sam", false)).toBeUndefined();
  });

  it("says which node the text matched, or how many it could be", () => {
    expect(matchWords(nodes, "beth", false)).toBe("Matches Beth Brown (d)");
    expect(matchWords(nodes, "Beth Brown (d)", false)).toBe("");
    expect(matchWords(nodes, "Sam", false)).toBe("Matches 2: pick one from the suggestions");
    expect(matchWords(nodes, "Kim", false)).toBe("Matches nobody: pick a name from the suggestions");
    expect(matchWords(nodes, "Beth", true)).toBe("Matches nobody: pick a name from the suggestions");
  });

  it("a text naming several asks to pick one; naming nobody says so", () => {
    expect(pickProblem(nodes, "Sam", false)).toBe('matches 2 people: "Sam". Pick one from the suggestions');
    expect(pickProblem(nodes, "Kim", false)).toBe('names nobody: "Kim". Pick a name from the suggestions');
  });
});

describe("done", () => {
  it("says an edit's label as done", () => {
    expect(done("Add Sam (family)")).toBe("Added Sam (family)");
    expect(done("End the tie Ann – Bo on 2024-09-01")).toBe("Ended the tie Ann – Bo on 2024-09-01");
    expect(done("Record BARC-10 42 for Ann on 2024-06-01")).toBe("Recorded BARC-10 42 for Ann on 2024-06-01");
  });
});
