import { join } from "node:path";

/** The build the e2e server runs (playwright.config.ts sets DIALOGOS_BUILD_DIR; `.next-test` by default). */
export function buildPath(...parts: string[]): string {
  return join(process.cwd(), process.env.DIALOGOS_BUILD_DIR || ".next-test", ...parts);
}
