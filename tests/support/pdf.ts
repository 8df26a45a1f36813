import jsQR from "jsqr";
import { extractImages, extractText, getDocumentProxy } from "unpdf";

// pdf.js decodes images with ArrayBuffer.prototype.transferToFixedLength (Node 21+); on Node 20
// a copy does the same for a test's purposes.
const arrayBuffer = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: (length?: number) => ArrayBuffer };
arrayBuffer.transferToFixedLength ??= function (this: ArrayBuffer, length = this.byteLength) {
  const copy = new ArrayBuffer(length);
  new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
  return copy;
};

/** A generated PDF as a reader sees it: pages, text, title, and the QR codes its images hold. */
export async function readPdf(bytes: Buffer) {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: true });
  const { info } = await pdf.getMetadata();
  const qrCodes: string[] = [];
  for (let page = 1; page <= pdf.numPages; page++) {
    for (const image of await extractImages(pdf, page)) {
      const decoded = jsQR(toRgba(image), image.width, image.height);
      if (decoded) qrCodes.push(decoded.data);
    }
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

function toRgba(image: { data: Uint8ClampedArray; width: number; height: number; channels: 1 | 3 | 4 }): Uint8ClampedArray {
  if (image.channels === 4) return image.data;
  const rgba = new Uint8ClampedArray(image.width * image.height * 4);
  for (let i = 0, j = 0; i < image.width * image.height; i++, j += image.channels) {
    const [r, g, b] =
      image.channels === 1 ? [image.data[j]!, image.data[j]!, image.data[j]!] : [image.data[j]!, image.data[j + 1]!, image.data[j + 2]!];
    rgba.set([r, g, b, 255], i * 4);
  }
  return rgba;
}
