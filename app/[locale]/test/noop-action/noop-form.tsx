"use client";

import { useActionState } from "react";
import { useFormPermalink } from "@/components/form/use-form-permalink";
import type { FormAction } from "@/lib/actions/state";

export function NoopForm({ serverAction }: { serverAction: FormAction }) {
  const [, action] = useActionState(serverAction, { ok: false }, useFormPermalink());
  return (
    <form action={action}>
      <input type="hidden" name="locale" value="en" />
      <button type="submit">No-op</button>
    </form>
  );
}
