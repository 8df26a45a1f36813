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

/**
 * The error line above an action's form: the action's own message (`messageOf` puts its key in
 * words), or `fixFields` when only fields were refused; nothing after a success.
 */
export function FormErrorSummary({
  state,
  messageOf,
  fixFields,
}: {
  state: { message?: string; errors?: object };
  messageOf: (messageKey: string) => string;
  fixFields: string;
}) {
  return <FormMessage tone="error" text={state.message ? messageOf(state.message) : state.errors ? fixFields : undefined} />;
}
