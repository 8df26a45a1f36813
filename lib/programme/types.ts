/**
 * The shapes the public pages render, for components/ (which never import db/): the queries in
 * db/queries define them, the pages load them and pass them down.
 */

export type { Programme, ProgrammeSession } from "@/lib/programme/programme";
export type { EventListItem } from "@/lib/programme/published-events";
