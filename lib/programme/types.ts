/**
 * The shapes the public pages render, for components/ (which never import db/): the queries in
 * db/queries define them, the pages load them and pass them down.
 */
export type { EventListItem } from "@/db/queries/events";
export type { Programme, ProgrammeSession } from "@/db/queries/programme";
