// Decodes server action bodies with the React build Next runs (react-server condition), to hold
// lib/security/action-body.ts against the real decoder. Reads a JSON list of argument lists on
// stdin; prints for each whether React decodes it to an argument array.
const { decodeReply } = require("next/dist/compiled/react-server-dom-webpack/server.node");

async function decodes(json) {
  const form = new FormData();
  form.append("_1_email", "someone@example.org");
  form.append("0", json);
  const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error("waits for a missing part")), 1000));
  try {
    const args = await Promise.race([decodeReply(form, {}), timeout]);
    return Array.isArray(args);
  } catch {
    return false;
  }
}

let input = "";
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", async () => {
  const results = [];
  for (const json of JSON.parse(input)) results.push(await decodes(json));
  process.stdout.write(JSON.stringify(results));
  process.exit(0);
});
