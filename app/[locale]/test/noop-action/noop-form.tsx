"use client";

import { useActionState } from "react";
import { noopAction } from "./actions";

export function NoopForm() {
  const [state, action] = useActionState(noopAction, { ok: false, count: 0 });
  return (
    <form action={action}>
      <input type="hidden" name="payload" value="x" />
      <button type="submit">No-op ({state.count})</button>
    </form>
  );
}
