import type { ReactNode } from "react";

/**
 * An archived dialogue is read-only: every control inside is disabled (a disabled fieldset reaches
 * the controls of nested forms too). The actions refuse on the server as well (`eventAction`).
 */
export function ReadOnlyWhenArchived({ status, children }: { status: string; children: ReactNode }) {
  if (status !== "archived") return children;
  return (
    <fieldset disabled className="read-only">
      {children}
    </fieldset>
  );
}
