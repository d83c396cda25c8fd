import { describe, expect, it } from "vitest";
import { projectSchema } from "../../../src/core/model/schema.ts";
import { done } from "../../../src/ui/edit/applyEdit.ts";
import { pickedNode, suggestion } from "../../../src/ui/edit/namePicker.ts";

const { nodes } = projectSchema.parse({
  format: "recovery-networks",
  version: 4,
  nodes: [
    { id: "a", label: "Sam Jones", kind: "friend" },
    { id: "b", label: "Sam Jones", kind: "family" },
    { id: "c", label: "Pat  Lee", kind: "worker" },
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

describe("done", () => {
  it("says an edit's label as done", () => {
    expect(done("Add Sam (family)")).toBe("Added Sam (family)");
    expect(done("End the tie Ann – Bo on 2024-09-01")).toBe("Ended the tie Ann – Bo on 2024-09-01");
    expect(done("Record BARC-10 42 for Ann on 2024-06-01")).toBe("Recorded BARC-10 42 for Ann on 2024-06-01");
  });
});
