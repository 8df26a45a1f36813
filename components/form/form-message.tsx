/** A form-level message, announced by screen readers when it appears. */
export function FormMessage({ text, tone }: { text?: string; tone: "error" | "success" | "info" }) {
  return (
    <div aria-live="polite" aria-atomic="true">
      {text ? (
        <p className={`notice notice-${tone}`} role={tone === "error" ? "alert" : "status"}>
          {text}
        </p>
      ) : null}
    </div>
  );
}
