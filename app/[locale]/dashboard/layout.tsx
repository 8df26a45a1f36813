import type { ReactNode } from "react";

// Organiser pages depend on who is signed in: never cached, always rendered per request.
export const dynamic = "force-dynamic";

export default function DashboardLayout({ children }: { children: ReactNode }) {
  return children;
}
