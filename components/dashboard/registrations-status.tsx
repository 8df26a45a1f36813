const tone: Record<string, string> = {
  pending: "badge-warn",
  confirmed: "badge-open",
  rejected: "badge-closed",
  cancelled: "badge-closed",
  unconfirmed: "badge-warn",
  expired: "badge-closed",
  waitlisted: "badge-info",
};

/** A registration's or sign-up's status as a badge (text, not only colour). */
export function StatusBadge({ status, label }: { status: string; label: string }) {
  return <span className={`badge ${tone[status] ?? "badge-info"}`}>{label}</span>;
}

/** Form fields side by side where there is room, stacked at 360 px. */
export const fieldGrid = { display: "grid", gap: "1rem", gridTemplateColumns: "repeat(auto-fit, minmax(12rem, 1fr))" } as const;
