import { z } from "zod";

/**
 * zod 4 compiles object parsers with `new Function`, and probes for it when the first object
 * schema is built: under the Content-Security-Policy (no 'unsafe-eval') the browser reports that
 * probe as a violation. Interpreted parsing is plenty fast for forms. Import this module before
 * any schema is defined, in modules the browser loads.
 */
z.config({ jitless: true });
