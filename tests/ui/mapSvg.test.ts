import { describe, expect, it } from "vitest";
import { escapeXml, mapSvg } from "../../src/ui/export/mapSvg.ts";

describe("mapSvg", () => {
  const scene = {
    width: 200,
    height: 100,
    background: "#ffffff",
    nodes: [
      { x: 10, y: 20, radius: 4, colour: "#E69F00", label: "Ann & Bo" },
      { x: 50.04, y: 60, radius: 8, colour: "#3D3D3D", square: true },
    ],
    ties: [{ x1: 10, y1: 20, x2: 50.04, y2: 60, colour: "#2A9D8F", width: 2 }],
  };

  it("draws one line per tie and one shape per node, ties first", () => {
    const svg = mapSvg(scene);
    expect(svg.match(/<line /g)).toHaveLength(1);
    expect(svg.match(/<circle /g)).toHaveLength(1);
    expect(svg.match(/<rect x/g)).toHaveLength(1);
    expect(svg.indexOf("<line")).toBeLessThan(svg.indexOf("<circle"));
    expect(svg).toContain('<line x1="10" y1="20" x2="50" y2="60" stroke="#2A9D8F" stroke-width="2"/>');
  });

  it("labels only the nodes with a label, escaped, right of the node", () => {
    const svg = mapSvg(scene);
    expect(svg.match(/<text /g)).toHaveLength(1);
    expect(svg).toContain('<text x="17" y="24">Ann &amp; Bo</text>');
  });

  it("draws groups as framed squares as wide as the circle would be", () => {
    expect(mapSvg(scene)).toContain('<rect x="42" y="52" width="16" height="16" fill="#3D3D3D" stroke="#FFFFFF" stroke-width="1.2"/>');
  });

  it("draws a legend from the bottom up, one row per entry", () => {
    const svg = mapSvg({ ...scene, legend: [{ colour: "#000", label: "a" }, { colour: "#fff", label: "b" }] });
    expect(svg).toContain('<circle cx="18" cy="61" r="6" fill="#000"/>');
    expect(svg).toContain('<text x="30" y="83">b</text>');
  });

  it("draws a tie's legend entry as a short line", () => {
    const svg = mapSvg({ ...scene, legend: [{ colour: "#2A9D8F", label: "supportive tie", shape: "line" }] });
    expect(svg).toContain('<line x1="8" y1="79" x2="26" y2="79" stroke="#2A9D8F" stroke-width="3"/>');
    expect(svg).toContain('<text x="30" y="83">supportive tie</text>');
  });

  it("draws a footnote bottom left, escaped, only when given, with the legend above it", () => {
    expect(mapSvg(scene)).not.toContain('id="footnote"');
    const svg = mapSvg({ ...scene, legend: [{ colour: "#000", label: "a" }], footnote: "Pseudonymised — still personal data & more" });
    expect(svg).toContain('<text id="footnote" x="8" y="92" font-size="11" fill="#6b3a00">Pseudonymised — still personal data &amp; more</text>');
    expect(svg).toContain('<text x="30" y="68">a</text>');
  });

  it("splits a footnote wider than the picture after its semicolon, the legend above both lines", () => {
    const svg = mapSvg({ ...scene, legend: [{ colour: "#000", label: "a" }], footnote: "Pseudonymised — still personal data; keep it safe" });
    expect(svg).toContain('<text id="footnote" x="8" y="77" font-size="11" fill="#6b3a00">Pseudonymised — still personal data;</text>');
    expect(svg).toContain('<text x="8" y="92" font-size="11" fill="#6b3a00">keep it safe</text>');
    expect(svg).toContain('<text x="30" y="53">a</text>');
  });
});

describe("escapeXml", () => {
  it("escapes the five XML specials", () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;");
  });
});
