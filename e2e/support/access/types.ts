import type { Role } from "@/lib/auth/roles";
export type PageCase = { path: string; allowed: Role[] }; // path like "/en/dashboard/events/<slug>/registrations"
export type ActionCase = { file: string; name: string; allowed: Role[]; form?: Record<string, string> }; // file relative to repo root, e.g. "app/[locale]/dashboard/accounts/actions.ts", name = exported action name
