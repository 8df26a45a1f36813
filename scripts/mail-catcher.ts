// `npm run mail-catcher`: a local SMTP server for trying the app on one machine. It prints every
// message it receives (recipient, subject, text with its links) in this terminal and delivers
// nothing. The app never logs links itself; start it with SMTP_URL=smtp://127.0.0.1:1025.
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

// `npm run mail-catcher -- --port 2525` to listen elsewhere.
const portArg = process.argv.indexOf("--port");
const port = Number(portArg >= 0 ? process.argv[portArg + 1] : 1025);

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["AUTH", "STARTTLS"],
  logger: false,
  onData(stream, _session, callback) {
    simpleParser(stream)
      .then((mail) => {
        const to = (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).map((a) => a.text).join(", ");
        console.log(`\n──── ${new Date().toISOString()} to ${to}\nSubject: ${mail.subject ?? ""}\n\n${mail.text ?? ""}`);
        callback();
      })
      .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
  },
});

// Loopback only: this is a developer's tool, never a relay.
server.listen(port, "127.0.0.1", () => {
  console.log(`Mail catcher on smtp://127.0.0.1:${port} — start the app with SMTP_URL=smtp://127.0.0.1:${port}`);
});
