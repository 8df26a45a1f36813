import type { ReactNode } from "react";

type Props = {
  /** The region's name, for screen readers and for keyboard users who land on it: a text or a heading's id. */
  label?: string;
  labelledBy?: string;
  /** `<caption>`, `<thead>` and `<tbody>` of the table. */
  children: ReactNode;
};

/**
 * The dashboard's one table: a named region that scrolls sideways on a phone around a table in the
 * house style (dashboard.css `.table-scroll`, `.data-table`; `.num` right-aligns a figure column).
 */
export function DataTable({ label, labelledBy, children }: Props) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls must take focus, or keyboard users cannot scroll it (WCAG 2.1.1, axe scrollable-region-focusable).
    <section className="table-scroll" aria-label={label} aria-labelledby={labelledBy} tabIndex={0}>
      <table className="data-table">{children}</table>
    </section>
  );
}
