export function contentSecurityPolicy(options: { scriptSources: string[]; https: boolean; dev?: boolean }): string;
export function inlineScriptHashes(html: string, sha256Base64: (text: string) => string): string[];
