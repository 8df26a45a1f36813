"use client";

import { useActionState, useRef } from "react";
import type { ActionState } from "@/lib/actions";
import { useFocusFirstError } from "./use-focus-first-error";
import { useFormPermalink } from "./use-form-permalink";

type ServerAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * What every form of a server action needs: the action's state (the page's path as permalink, so it
 * works without JavaScript), focus on the first invalid field after a refused post, and each field's
 * first error in words (`toMessage` turns an error key into the form's own message).
 */
export function useActionForm(serverAction: ServerAction, toMessage: (errorKey: string, state: ActionState) => string) {
  const [state, action, pending] = useActionState<ActionState, FormData>(serverAction, { ok: false }, useFormPermalink());
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, state);
  const error = (field: string): string | undefined => {
    const key = state.errors?.[field]?.[0];
    return key ? toMessage(key, state) : undefined;
  };
  return { state, action, pending, formRef, error };
}
