import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import QRCode from "qrcode";

/** The check-in token the fake camera shows; the camera spec gives it to a fixture delegate. */
export const CAMERA_TOKEN = "e2e-camera-badge-5f2c9a1d7b";

/**
 * Writes a Y4M video (the raw format Chromium's fake camera reads) of a QR code carrying `text`:
 * black modules on white, a quiet zone of four modules, a few identical 4:2:0 frames.
 */
export function writeQrY4m(path: string, text: string, width = 640, height = 480): string {
  const qr = QRCode.create(text, { errorCorrectionLevel: "M" });
  const size = qr.modules.size;
  const scale = Math.floor(Math.min(width, height) / (size + 8));
  const left = Math.floor((width - size * scale) / 2);
  const top = Math.floor((height - size * scale) / 2);
  const luma = Buffer.alloc(width * height, 235);
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      if (!qr.modules.get(row, col)) continue;
      for (let y = 0; y < scale; y++)
        luma.fill(16, (top + row * scale + y) * width + left + col * scale, (top + row * scale + y) * width + left + (col + 1) * scale);
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from("FRAME\n"), luma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`);
  mkdirSync(dirname(path), { recursive: true });
  // Written atomically: every Playwright worker loads the config and may write it at once.
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, Buffer.concat([header, ...Array.from({ length: 10 }, () => frame)]));
  renameSync(temporary, path);
  return path;
}
