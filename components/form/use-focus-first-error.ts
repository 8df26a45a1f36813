"use client";

import { type RefObject, useEffect } from "react";

/** After a submission comes back with errors, moves focus to the first invalid field. */
export function useFocusFirstError(formRef: RefObject<HTMLFormElement | null>, trigger: unknown) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: `trigger` (the action's new state) is what re-runs the effect; it is not read.
  useEffect(() => {
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    invalid?.focus();
  }, [formRef, trigger]);
}
