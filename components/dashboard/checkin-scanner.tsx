"use client";

import { useCallback, useEffect, useRef, useState } from "react";

type Labels = { start: string; stop: string; denied: string; unsupported: string; scanning: string; video: string };

/**
 * Reads QR codes from the device camera. The decoder (jsQR) loads only when the camera starts,
 * so the desk page stays light for those who type or search instead.
 */
export function CheckinScanner({ onCode, labels }: { onCode: (code: string) => void; labels: Labels }) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const streamRef = useRef<MediaStream | null>(null);
  const frameRef = useRef<number | null>(null);
  const lastRef = useRef<{ code: string; at: number } | null>(null);
  const [state, setState] = useState<"idle" | "running" | "denied" | "unsupported">("idle");

  // Only refs and a state setter inside: the same function for the component's whole life.
  const stop = useCallback(() => {
    if (frameRef.current !== null) cancelAnimationFrame(frameRef.current);
    frameRef.current = null;
    for (const track of streamRef.current?.getTracks() ?? []) track.stop();
    streamRef.current = null;
    setState((s) => (s === "running" ? "idle" : s));
  }, []);

  useEffect(() => stop, [stop]);

  const start = async () => {
    if (!navigator.mediaDevices?.getUserMedia) return setState("unsupported");
    try {
      const [{ default: jsQR }, stream] = await Promise.all([
        import("jsqr"),
        navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false }),
      ]);
      streamRef.current = stream;
      const video = videoRef.current!;
      video.srcObject = stream;
      await video.play();
      setState("running");
      const canvas = document.createElement("canvas");
      const context = canvas.getContext("2d", { willReadFrequently: true })!;
      let lastScan = 0;
      const tick = (time: number) => {
        frameRef.current = requestAnimationFrame(tick);
        if (time - lastScan < 150 || video.readyState < 2 || !video.videoWidth) return;
        lastScan = time;
        canvas.width = video.videoWidth;
        canvas.height = video.videoHeight;
        context.drawImage(video, 0, 0);
        const image = context.getImageData(0, 0, canvas.width, canvas.height);
        const found = jsQR(image.data, image.width, image.height, { inversionAttempts: "attemptBoth" });
        if (!found?.data) return;
        // The same badge held in front of the camera is read once every few seconds, not 7 times a second.
        const last = lastRef.current;
        if (last && last.code === found.data && Date.now() - last.at < 4000) return;
        lastRef.current = { code: found.data, at: Date.now() };
        onCode(found.data);
      };
      frameRef.current = requestAnimationFrame(tick);
    } catch {
      setState("denied");
    }
  };

  return (
    <div className="stack">
      <div className="actions">
        {state === "running" ? (
          <button type="button" className="button secondary" onClick={stop}>
            {labels.stop}
          </button>
        ) : (
          <button type="button" className="button" onClick={() => void start()}>
            {labels.start}
          </button>
        )}
      </div>
      <p role="status" aria-live="polite">
        {state === "running" ? labels.scanning : state === "denied" ? labels.denied : state === "unsupported" ? labels.unsupported : ""}
      </p>
      <video
        ref={videoRef}
        muted
        playsInline
        aria-label={labels.video}
        hidden={state !== "running"}
        style={{ width: "100%", maxWidth: "24rem", borderRadius: "var(--radius)" }}
      />
    </div>
  );
}
