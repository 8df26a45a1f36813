"use client";

import { useId, useState } from "react";

/**
 * Reads a QR code from a photo (the phone's camera app, or a saved picture), decoded in the
 * browser: for devices where the live camera is not allowed. jsQR loads on first use.
 */
export function DeskPhotoScan({ label, noCode, onCode }: { label: string; noCode: string; onCode: (code: string) => void }) {
  const id = useId();
  const [failed, setFailed] = useState(false);
  const read = async (file: File) => {
    const [{ default: jsQR }, bitmap] = await Promise.all([import("jsqr"), createImageBitmap(file)]);
    const canvas = document.createElement("canvas");
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const context = canvas.getContext("2d", { willReadFrequently: true })!;
    context.drawImage(bitmap, 0, 0);
    const image = context.getImageData(0, 0, canvas.width, canvas.height);
    return jsQR(image.data, image.width, image.height, { inversionAttempts: "attemptBoth" })?.data ?? null;
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="file"
        accept="image/*"
        capture="environment"
        onChange={async (event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          if (!file) return;
          const code = await read(file).catch(() => null);
          input.value = "";
          setFailed(!code);
          if (code) onCode(code);
        }}
      />
      {failed ? (
        <p className="notice notice-error" role="alert">
          {noCode}
        </p>
      ) : null}
    </div>
  );
}
