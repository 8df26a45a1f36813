import "server-only";
import QRCode from "qrcode";

/**
 * The check-in QR code. It carries only the registration's opaque check-in token: nothing personal,
 * and nothing that would open the delegate's manage page.
 */
const options = { errorCorrectionLevel: "M" as const, margin: 2 };

export function qrPng(checkInToken: string, width = 320): Promise<Buffer> {
  return QRCode.toBuffer(checkInToken, { ...options, type: "png", width });
}
