import { readFileSync } from "node:fs";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { ticketPdf } from "@/lib/documents/ticket";
import { checkUpload } from "@/lib/uploads/check";

const pdf = await ticketPdf({
  language: "en",
  labels: { title: "Ticket", sessions: "Sessions", qrAlt: "QR", noSessions: "None" },
  dialogue: { title: "Dialogue", dates: "1–2 Jan", place: "Lima" },
  delegate: { name: "Ana", organisation: "Ministry" },
  sessions: [],
  checkInCode: "token",
});

async function photoWithLocation(width = 1600, height = 1200): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: "#3366aa" } })
    .jpeg()
    .withExif({ IFD0: { Copyright: "Camera owner", Make: "PhoneCo" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "4/1 36/1 0/1" } })
    .toBuffer();
}

// A ZIP archive's end-of-central-directory record: what makes a file also open as a ZIP.
const zipTail = Buffer.from("PK\x05\x06\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0", "latin1");

describe("uploads are judged by their bytes", { timeout: 30_000 }, () => {
  it("keeps a real PDF letter as sent", async () => {
    expect(await checkUpload("letter", pdf)).toEqual({ ok: true, contentType: "application/pdf", extension: "pdf", bytes: pdf });
  });

  it.each([
    ["an empty file", Buffer.alloc(0), "empty"],
    ["a renamed executable", readFileSync(process.execPath).subarray(0, 64 * 1024), "type"],
    ["a text file", Buffer.from("Dear organisers, please find our nomination attached."), "type"],
    ["an HTML page", Buffer.from("<!doctype html><html><script>alert(1)</script></html>"), "type"],
    ["a PDF that is also a ZIP archive", Buffer.concat([pdf, zipTail]), "type"],
    ["a PDF that also opens as HTML", Buffer.concat([Buffer.from("%PDF-1.7\n<html><script>alert(1)</script>\n"), pdf.subarray(9)]), "type"],
    ["a PDF with something after its end", Buffer.concat([pdf, Buffer.from("#!/bin/sh\nrm -rf /\n")]), "type"],
    [
      "a letter over 10 MB",
      Buffer.concat([pdf.subarray(0, pdf.length - 6), Buffer.alloc(10 * 1024 * 1024), Buffer.from("%%EOF\n")]),
      "tooLarge",
    ],
  ])("refuses %s", async (_, bytes, reason) => {
    expect(await checkUpload("letter", bytes)).toEqual({ ok: false, reason });
  });

  it("refuses a PDF as a photo, and a photo over 5 MB", async () => {
    expect(await checkUpload("photo", pdf)).toEqual({ ok: false, reason: "type" });
    const big = Buffer.concat([await photoWithLocation(), Buffer.alloc(5 * 1024 * 1024)]);
    expect(await checkUpload("photo", big)).toEqual({ ok: false, reason: "tooLarge" });
  });

  it("refuses an image that cannot be decoded", async () => {
    const photo = await photoWithLocation();
    expect(await checkUpload("photo", photo.subarray(0, 200))).toEqual({ ok: false, reason: "damaged" });
  });

  it("re-encodes a photo: no EXIF or GPS left, at most 800 px, and nothing carried after the image", async () => {
    const original = await photoWithLocation();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const checked = await checkUpload("photo", Buffer.concat([original, zipTail]));
    if (!checked.ok) throw new Error(checked.reason);
    const stored = await sharp(checked.bytes).metadata();
    expect(stored).toMatchObject({ format: "jpeg", width: 800, height: 600 });
    expect(stored.exif).toBeUndefined();
    expect(checked.bytes.includes(Buffer.from("PhoneCo"))).toBe(false);
    expect(checked.bytes.includes(zipTail)).toBe(false);
  });
});
