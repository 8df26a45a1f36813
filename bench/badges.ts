/**
 * Time and memory to render a batch of name badges (issue 11's target: 500 badges in under 15 s,
 * under 500 MB), four per A4 sheet and one per A6 page, with accented names and a QR each.
 *
 *   npx tsx --conditions=react-server bench/badges.ts        (BADGES=500 by default)
 *
 * Prints the figures and writes them to bench/out/badges.json.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { type Badge, badgesPdf } from "@/lib/documents/badges";

const count = Number(process.env.BADGES ?? 500);
const groups = ["government_lac_country", "government_eu_member_state", "civil_society", "private_sector", "academia_research"] as const;
const badges: Badge[] = Array.from({ length: count }, (_, i) => ({
  name: `Delegada ${i} Peña Núñez Gonçalves`,
  organisation: "Ministério das Comunicações — Secretaria de Telecomunicações",
  country: "Brasil",
  group: groups[i % groups.length]!,
  groupLabel: "Governo de um país da ALC",
  role: i % 10 === 0 ? "Chefe de delegação" : "",
  checkInToken: `bench-check-in-token-${i}-${"x".repeat(32)}`,
}));

async function main() {
  const results: Record<string, { seconds: number; pages: number; kib: number; rss_mb: number }> = {};
  for (const layout of ["a4", "a6"] as const) {
    const started = performance.now();
    const pdf = await badgesPdf({
      title: "Badges",
      language: "pt",
      dialogueTitle: "Diálogo UE-ALC",
      qrAlt: "QR",
      photoAlt: "Foto",
      layout,
      badges,
    });
    const seconds = (performance.now() - started) / 1000;
    const pages = (pdf.toString("latin1").match(/\/Type \/Page\b/g) ?? []).length;
    results[layout] = {
      seconds: Number(seconds.toFixed(2)),
      pages,
      kib: Math.round(pdf.length / 1024),
      rss_mb: Math.round(process.memoryUsage().rss / 2 ** 20),
    };
    console.log(
      `${count} badges, ${layout}: ${seconds.toFixed(2)} s, ${pages} pages, ${Math.round(pdf.length / 1024)} KiB, RSS ${results[layout].rss_mb} MB`,
    );
  }
  mkdirSync("bench/out", { recursive: true });
  writeFileSync("bench/out/badges.json", `${JSON.stringify({ badges: count, ...results }, null, 2)}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
