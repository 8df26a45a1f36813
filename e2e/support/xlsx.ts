import type { APIRequestContext } from "@playwright/test";
import ExcelJS from "exceljs";

/**
 * The registrations export of a dialogue as Excel, downloaded with the page's session and parsed
 * with the library the app writes it with: one record per row, keyed by the header row.
 */
export async function exportedRegistrations(request: APIRequestContext, slug: string, query: string): Promise<Record<string, string>[]> {
  const response = await request.get(`/en/dashboard/events/${slug}/exports/registrations?q=${encodeURIComponent(query)}&format=xlsx`);
  if (response.status() !== 200) throw new Error(`export answered ${response.status()}`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await response.body()) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const headers = (sheet.getRow(1).values as unknown[]).map((value) => String(value ?? ""));
  const rows: Record<string, string>[] = [];
  for (let n = 2; n <= sheet.rowCount; n++) {
    const row = sheet.getRow(n);
    rows.push(Object.fromEntries(headers.map((header, i) => [header, String(row.getCell(i).value ?? "")]).filter(([h]) => h)));
  }
  return rows;
}
