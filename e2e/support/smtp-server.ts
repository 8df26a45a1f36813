import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SMTPServer } from "smtp-server";

/** Port of the in-process SMTP server the app under test sends to (see playwright.config.ts). */
export const e2eSmtpPort = Number(process.env.E2E_SMTP_PORT ?? 2525);

/**
 * Playwright global setup: a real SMTP server in the test runner. Every message it receives is
 * written, raw, to a folder that the test workers read through e2e/support/mailbox.ts.
 */
export default async function startSmtpServer() {
  const dir = process.env.E2E_MAILBOX_DIR ?? mkdtempSync(join(tmpdir(), "dialogos-mailbox-"));
  mkdirSync(dir, { recursive: true });
  process.env.E2E_MAILBOX_DIR = dir; // inherited by the test workers
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        writeFileSync(join(dir, `${Date.now()}-${++received}.eml`), Buffer.concat(chunks));
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(e2eSmtpPort, "127.0.0.1", () => resolve());
  });
  return async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
}
