"use client";

import { type FormHTMLAttributes, type ReactNode, useActionState } from "react";
import { useFormPermalink } from "./use-form-permalink";

type Props = Omit<FormHTMLAttributes<HTMLFormElement>, "action"> & {
  /** A server action that answers with a redirect (what it returns is never shown); its first argument is unused. */
  action: (state: unknown, formData: FormData) => Promise<unknown>;
  children: ReactNode;
};

/**
 * A plain form around a server action that redirects when done (sign out, lost link, cancel,
 * erase): it works without JavaScript and renders a real `action` address (see useFormPermalink).
 */
export function PostForm({ action, children, ...form }: Props) {
  const [, formAction] = useActionState<unknown, FormData>(action, undefined, useFormPermalink());
  return (
    <form action={formAction} {...form}>
      {children}
    </form>
  );
}
