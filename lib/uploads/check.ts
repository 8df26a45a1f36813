import "server-only";
import { fileTypeFromBuffer } from "file-type";
import sharp from "sharp";

/**
 * What an upload may be, judged by its bytes, never by its name or the type the browser claims.
 * Letters (nomination letters, Notes Verbales) are PDF, JPEG or PNG up to 10 MB; photos (badges)
 * JPEG or PNG up to 5 MB. Images are re-encoded (sharp): that drops EXIF, GPS and anything a file
 * carried after its image data. A PDF is kept as sent, so it must be a PDF and only a PDF.
 */
const uploadKinds = {
  letter: { maxBytes: 10 * 1024 * 1024, types: ["application/pdf", "image/jpeg", "image/png"] },
  photo: { maxBytes: 5 * 1024 * 1024, types: ["image/jpeg", "image/png"] },
  // Letterhead logos (visa letters): posted with the form, so under the 1 MB a request may carry.
  logo: { maxBytes: 900 * 1024, types: ["image/jpeg", "image/png"] },
} as const;
export type UploadKind = keyof typeof uploadKinds;

type UploadRefusal = "empty" | "tooLarge" | "type" | "damaged";
export type CheckedUpload = { ok: true; contentType: string; extension: string; bytes: Buffer } | { ok: false; reason: UploadRefusal };

/** Longest side of a stored photo (a badge prints it at a few centimetres). */
const PHOTO_SIDE = 800;
/** Pixels a decoder may be asked to handle: refuses "decompression bombs" before they cost memory. */
const MAX_PIXELS = 40_000_000;

export async function checkUpload(kind: UploadKind, bytes: Buffer): Promise<CheckedUpload> {
  const rules = uploadKinds[kind];
  if (bytes.length === 0) return { ok: false, reason: "empty" };
  if (bytes.length > rules.maxBytes) return { ok: false, reason: "tooLarge" };
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected || !(rules.types as readonly string[]).includes(detected.mime)) return { ok: false, reason: "type" };
  if (detected.mime === "application/pdf") {
    return onlyPdf(bytes) ? { ok: true, contentType: "application/pdf", extension: "pdf", bytes } : { ok: false, reason: "type" };
  }
  try {
    const image = sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn: "error" }).rotate();
    const reencoded =
      kind === "photo"
        ? await image.resize(PHOTO_SIDE, PHOTO_SIDE, { fit: "inside", withoutEnlargement: true }).jpeg({ quality: 85 }).toBuffer()
        : detected.mime === "image/png"
          ? await image.png().toBuffer()
          : await image.jpeg({ quality: 90 }).toBuffer();
    const png = kind !== "photo" && detected.mime === "image/png";
    return { ok: true, contentType: png ? "image/png" : "image/jpeg", extension: png ? "png" : "jpg", bytes: reencoded };
  } catch {
    return { ok: false, reason: "damaged" };
  }
}

/**
 * A PDF that is nothing else: it starts with the PDF header, ends with its end-of-file marker
 * (trailing whitespace only), and carries no second format a browser or unzip tool would pick up
 * (HTML or script near the start, a ZIP archive's directory at the end).
 */
function onlyPdf(bytes: Buffer): boolean {
  if (bytes.subarray(0, 5).toString("latin1") !== "%PDF-") return false;
  const tail = bytes.subarray(Math.max(0, bytes.length - 1024)).toString("latin1");
  if (!/%%EOF\s*$/.test(tail)) return false;
  if (tail.includes("PK\x05\x06")) return false;
  const head = bytes.subarray(0, 1024).toString("latin1").toLowerCase();
  return !/<(?:html|script|svg|body|iframe)\b/.test(head);
}
