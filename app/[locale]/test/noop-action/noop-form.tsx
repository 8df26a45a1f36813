"use client";

import { useActionState } from "react";
import { useFormPermalink } from "@/components/form/use-form-permalink";
import { noopAction } from "./actions";

export function NoopForm() {
  const [, action] = useActionState(noopAction, { ok: false }, useFormPermalink());
  return (
    <form action={action}>
      <input type="hidden" name="locale" value="en" />
      <button type="submit">No-op</button>
    </form>
  );
}
