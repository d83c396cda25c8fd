// The parts of GraphML the project model cannot hold: nested graphs (a graph inside a node or an
// edge, as yEd writes group nodes), hyperedges, ports and external graph locators. Each is a
// problem at its element, found in one walk over the document's GraphML elements.
import type { Problem } from "../problems.ts";
import { childElements, type Element } from "../xml.ts";
import { placeOfEdge, placeOfElement } from "./keys.ts";

const WHAT: Record<string, { message: string; fix: string }> = {
  hyperedge: { message: "is a hyperedge (an edge between more than two nodes), which a network of ties cannot hold", fix: "Replace it with one edge per pair, or with a group node that each member is tied to" },
  port: { message: "is a port, which this tool does not read", fix: "Remove the ports (and the sourceport/targetport of edges): ties join nodes, not ports" },
  locator: { message: "points to a graph in another file, which this tool does not follow", fix: "Put the graph itself into this file" },
};

/** Every unsupported element or attribute under `root`; the content of `<data>` (yEd graphics) is not searched. */
export function unsupportedProblems(root: Element, file: string): Problem[] {
  const problems: Problem[] = [];
  const walk = (element: Element, depth: number) => {
    for (const child of childElements(element)) {
      const name = child.localName ?? "";
      if (name === "data" || name === "key" || name === "desc") continue;
      const where = name === "edge" ? placeOfEdge(child) : placeOfElement(child, child.getAttribute("id") !== null ? "id" : undefined);
      const what = WHAT[name];
      if (what) problems.push({ file, where, ...what });
      // A graph inside a node is a yEd group, which the importer flattens; inside an edge it cannot be placed.
      else if (name === "graph" && depth > 0 && element.localName !== "node") {
        problems.push({
          file,
          where,
          message: `is a graph nested inside <${element.localName}${element.getAttribute("id") !== null ? ` id="${element.getAttribute("id")}"` : ""}>, which this tool does not read`,
          fix: "Remove the graph from the edge: a tie joins two nodes (a graph inside a node, a yEd group, is read as a group node)",
        });
      } else if (name === "edge" && (child.getAttribute("sourceport") !== null || child.getAttribute("targetport") !== null)) {
        problems.push({ file, where, ...WHAT.port, message: "joins ports (sourceport/targetport), which this tool does not read" });
      }
      walk(child, name === "graph" ? depth + 1 : depth);
    }
  };
  walk(root, 0);
  return problems;
}
