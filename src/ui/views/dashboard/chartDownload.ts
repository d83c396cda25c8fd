// Saving a dashboard chart: as SVG (the element as it is, standalone) or as PNG drawn from that
// SVG at 3× so it prints sharp; and the CSV files, with a byte-order mark so Excel reads the
// UTF-8 (en dashes, "↔") right. Everything stays on the device (Blob URLs of this origin).
import { download } from "../../dom.ts";
import { PNG_SCALE } from "../../export/mapImage.ts";

/** The SVG element as a standalone document. */
export function svgDocument(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
}

/** Downloads `svg` as `name`.svg. */
export function downloadSvg(name: string, svg: SVGSVGElement): void {
  download(`${name}.svg`, svgDocument(svg), "image/svg+xml");
}

/** Downloads `svg` as `name`.png at PNG_SCALE× its size. */
export async function downloadPng(name: string, svg: SVGSVGElement): Promise<void> {
  const width = Number(svg.getAttribute("width"));
  const height = Number(svg.getAttribute("height"));
  const url = URL.createObjectURL(new Blob([svgDocument(svg)], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width * PNG_SCALE);
    canvas.height = Math.round(height * PNG_SCALE);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("This browser cannot draw on a canvas, so the PNG cannot be made: save as SVG instead");
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
    if (!blob) throw new Error("The PNG could not be encoded: save as SVG instead");
    download(`${name}.png`, blob);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Downloads CSV text as `name`.csv, with a UTF-8 byte-order mark for Excel. */
export function downloadCsv(name: string, csv: string): void {
  download(`${name}.csv`, `\uFEFF${csv}`, "text/csv;charset=utf-8");
}

/** A file name stem from the project title: "Synthetic recovery programme" → "synthetic-recovery-programme". */
export function fileStem(title: string): string {
  return title.replace(/[^\w-]+/g, "-").replace(/^-|-$/g, "").toLowerCase() || "network";
}
