"use client";

import type { ReactNode } from "react";
import { wipeDeskData } from "@/lib/checkin/offline/store";

/**
 * The sign-out button. Before the form goes, it deletes what the offline check-in desk keeps on
 * this device (the roster with delegates' names, the queue, the cached desk page), so the next
 * person at this browser finds none of it. Without JavaScript nothing was stored, and the form
 * posts as it is.
 */
export function SignOutButton({ children }: { children: ReactNode }) {
  return (
    <button
      type="submit"
      className="button secondary small"
      onClick={(event) => {
        const button = event.currentTarget;
        if (button.dataset.wiped) return;
        event.preventDefault();
        void wipeDeskData().finally(() => {
          button.dataset.wiped = "1";
          button.form?.requestSubmit(button);
        });
      }}
    >
      {children}
    </button>
  );
}
