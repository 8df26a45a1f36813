export const roles = ["admin", "organiser", "checkin"] as const;
export type Role = (typeof roles)[number];

/** Who may do what. Admins may do everything; check-in staff only record attendance. */
export const canManageEvents: readonly Role[] = ["admin", "organiser"];
export const canCheckIn: readonly Role[] = ["admin", "organiser", "checkin"];
export const canAdminister: readonly Role[] = ["admin"];
