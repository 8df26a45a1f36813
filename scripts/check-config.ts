// Run by `npm start` (scripts/start.mjs) before it builds or serves: a wrong setting stops the
// start at once with the message naming the variable, instead of after a minute of building.
import { ConfigError, validateConfiguration } from "@/lib/config";

try {
  validateConfiguration(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`\n[dialogos] Refusing to start. ${error.message}\n`);
  process.exit(1);
}
