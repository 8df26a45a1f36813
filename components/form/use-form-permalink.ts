"use client";

import { usePathname } from "next/navigation";

/**
 * The address a form posts to before (or without) JavaScript: the page's own path, given to
 * useActionState as its permalink. Without one, React renders server-action forms with
 * `action=""`, which HTML validators reject (the attribute must be a non-empty URL).
 *
 * `anchor` tells apart forms of one action repeated on a page (a row of a list): React matches the
 * state of a no-JavaScript post to the form with the same permalink, and the page scrolls back to
 * the form that was sent. The query string is left out: reading it would make static pages
 * render their forms in the browser only.
 */
export function useFormPermalink(anchor?: string): string {
  const path = usePathname();
  return anchor ? `${path}#${anchor}` : path;
}
