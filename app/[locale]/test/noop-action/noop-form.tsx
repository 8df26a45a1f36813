"use client";

import { useActionState } from "react";
import { noopAction } from "./actions";

export function NoopForm() {
  const [, action] = useActionState(noopAction, { ok: false });
  return (
    <form action={action}>
      <input type="hidden" name="locale" value="en" />
      <button type="submit">No-op</button>
    </form>
  );
}
