import "server-only";
import type { Table } from "@/lib/dashboard/spreadsheet";

/** The import file's template: the header the import reads and one example row to overwrite. */
export function importTemplate(): Table {
  return {
    name: "Invitees",
    timeZone: "UTC",
    columns: ["name", "email", "organisation", "preferred language", "stakeholder group"].map((header) => ({
      header,
      type: "text" as const,
    })),
    rows: [["Ana Pérez", "ana.perez@example.org", "Ministry of ICT", "es", "government_lac_country"]],
  };
}
