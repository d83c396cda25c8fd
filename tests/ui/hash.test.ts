import { describe, expect, it } from "vitest";
import { formatHash, parseHash } from "../../src/ui/hash.ts";

describe("parseHash / formatHash", () => {
  it("round-trips the date and the node", () => {
    expect(parseHash("#at=2014-03-31&node=su042")).toEqual({ at: "2014-03-31", node: "su042" });
    expect(formatHash({ at: "2014-03-31", node: "su042" })).toBe("#at=2014-03-31&node=su042");
  });
  it("drops a date that is not a real calendar date", () => {
    expect(parseHash("#at=2014-02-30&node=x")).toEqual({ node: "x" });
  });
  it("encodes ids with spaces and ampersands", () => {
    const hash = formatHash({ node: "a b&c" });
    expect(parseHash(hash)).toEqual({ node: "a b&c" });
  });
  it("round-trips the view, and leaves out the map (the view the page opens on)", () => {
    expect(parseHash("#node=su042&view=journey")).toEqual({ node: "su042", view: "journey" });
    expect(formatHash({ node: "su042", view: "journey" })).toBe("#node=su042&view=journey");
    expect(formatHash({ node: "su042", view: "map" })).toBe("#node=su042");
  });
  it("writes nothing for an empty state", () => {
    expect(formatHash({})).toBe("");
  });
});
