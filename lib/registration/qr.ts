import "server-only";
import QRCode from "qrcode";

/**
 * The check-in QR code. It carries only a signed check-in code (lib/checkin/code.ts): ids and a
 * time, nothing personal, and nothing that would open the delegate's manage page.
 */
const options = { errorCorrectionLevel: "M" as const, margin: 2 };

export function qrPng(checkInCode: string, width = 320): Promise<Buffer> {
  return QRCode.toBuffer(checkInCode, { ...options, type: "png", width });
}
