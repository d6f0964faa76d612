/**
 * The current view as a standalone SVG (the canvas layer embedded as an image, the chart's styles
 * inlined) or a PNG rendered from it. Browser-only; no network.
 */

/** The styles an exported chart needs outside the page (the page's CSS does not travel). */
const EXPORT_STYLE = `
svg { font: 12px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; background: #fff; }
.axis-rule { stroke: #d9dcdf; }
.tick-label { fill: #5b636b; } .tick-major .tick-label { fill: #1d2125; font-weight: 600; }
.mark-bar:not([fill]), .mark-dot { fill: #2f5d8a; } .edge-stop { stop-color: #2f5d8a; }
.mark-dot { stroke: #fff; stroke-width: 2; } .mark-dot-fuzzy { stroke: #2f5d8a; stroke-dasharray: 2 2; fill-opacity: .5; }
.mark-day-band { fill: #2f5d8a; fill-opacity: .12; } .mark-hit { fill: transparent; }
.mark-label { fill: #1d2125; } .label-more, .lane-header { fill: #5b636b; font-weight: 600; }
`;

/** A label drawn outside the SVG layer (the HTML label layer), written into the export as SVG text. */
export interface ExportLabel {
  readonly x: number;
  /** Baseline. */
  readonly y: number;
  readonly text: string;
  readonly className: string;
  /** "+N" after the text, if any. */
  readonly more?: string;
  readonly moreDx?: number;
}

const SVG_NS = "http://www.w3.org/2000/svg";

/**
 * Serializes the chart: the canvas layer's pixels (a canvas of the chart's whole size), the SVG
 * layer, then the labels on top.
 */
export function chartToSvg(svg: SVGSVGElement, canvas: HTMLCanvasElement | null, labels: readonly ExportLabel[] = []): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute("xmlns", SVG_NS);
  clone.removeAttribute("tabindex");
  const style = document.createElementNS(SVG_NS, "style");
  style.textContent = EXPORT_STYLE;
  clone.insertBefore(style, clone.firstChild);
  if (canvas) {
    const image = document.createElementNS(SVG_NS, "image");
    image.setAttribute("href", canvas.toDataURL("image/png"));
    image.setAttribute("x", "0");
    image.setAttribute("y", "0");
    image.setAttribute("width", svg.getAttribute("width") ?? "0");
    image.setAttribute("height", svg.getAttribute("height") ?? "0");
    clone.insertBefore(image, style.nextSibling);
  }
  const group = document.createElementNS(SVG_NS, "g");
  group.setAttribute("class", "labels");
  for (const label of labels) {
    // Titles are text nodes, never markup.
    const text = document.createElementNS(SVG_NS, "text");
    text.setAttribute("class", label.className);
    text.setAttribute("x", String(label.x));
    text.setAttribute("y", String(label.y));
    text.textContent = label.text;
    if (label.more) {
      const more = document.createElementNS(SVG_NS, "tspan");
      more.setAttribute("class", "label-more");
      more.setAttribute("dx", String(label.moreDx ?? 0));
      more.textContent = label.more;
      text.appendChild(more);
    }
    group.appendChild(text);
  }
  clone.appendChild(group);
  return new XMLSerializer().serializeToString(clone);
}

/** Renders SVG text to a PNG blob at `scale` × its size. */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: "image/svg+xml" }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("no 2D canvas context");
    ctx.fillStyle = "#fff";
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG encoding failed"))), "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a blob as a download named `name`. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
