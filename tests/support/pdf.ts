import jsQR from "jsqr";
import { PNG } from "pngjs";
import { extractText, getDocumentProxy, renderPageAsImage } from "unpdf";

// pdf.js decodes images with ArrayBuffer.prototype.transferToFixedLength (Node 21+); on Node 20
// a copy does the same for a test's purposes.
const arrayBuffer = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: (length?: number) => ArrayBuffer };
arrayBuffer.transferToFixedLength ??= function (this: ArrayBuffer, length = this.byteLength) {
  const copy = new ArrayBuffer(length);
  new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
  return copy;
};

/**
 * A generated PDF as a reader sees it: pages, text, title, language, structure, and the QR codes a
 * scanner reads off each rendered page (cut into `grid` × `grid` cells, one code per cell at most,
 * for sheets of several badges).
 */
export async function readPdf(bytes: Buffer, options: { grid?: number } = {}) {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: true });
  const { info } = await pdf.getMetadata();
  const qrCodes: string[] = [];
  for (let page = 1; page <= pdf.numPages; page++) {
    const png = PNG.sync.read(Buffer.from(await renderPageAsImage(pdf, page, { scale: 2, canvasImport: () => import("@napi-rs/canvas") })));
    qrCodes.push(...decodeCells(png, options.grid ?? 1));
  }
  const raw = bytes.toString("latin1");
  return {
    pages: pdf.numPages,
    // Lines as wrapped on the page joined by spaces, so that a wrapped name still reads as one.
    text: text.replace(/\s+/g, " "),
    title: (info as { Title?: string }).Title,
    language: /\/Lang \(([^)]*)\)/.exec(raw)?.[1],
    tagged: raw.includes("/StructTreeRoot") && raw.includes("/Marked true"),
    qrCodes,
  };
}

function decodeCells(png: { width: number; height: number; data: Buffer }, grid: number): string[] {
  const found: string[] = [];
  const width = Math.floor(png.width / grid);
  const height = Math.floor(png.height / grid);
  for (let row = 0; row < grid; row++) {
    for (let column = 0; column < grid; column++) {
      const cell = new Uint8ClampedArray(width * height * 4);
      for (let y = 0; y < height; y++) {
        const from = ((row * height + y) * png.width + column * width) * 4;
        cell.set(png.data.subarray(from, from + width * 4), y * width * 4);
      }
      const code = jsQR(cell, width, height);
      if (code) found.push(code.data);
    }
  }
  return found;
}
