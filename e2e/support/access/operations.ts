import type { ActionCase, PageCase } from "./types";

/** Registrations, sessions, themes, check-in, attendance and exports (filled by that area). */
export const pages: PageCase[] = [];
export const actions: ActionCase[] = [];
