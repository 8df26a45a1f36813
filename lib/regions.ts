/** The 27 member states of the European Union (ISO 3166-1 alpha-2; Greece is GR, not EL). */
export const EU_27 = [
  "AT",
  "BE",
  "BG",
  "HR",
  "CY",
  "CZ",
  "DK",
  "EE",
  "FI",
  "FR",
  "DE",
  "GR",
  "HU",
  "IE",
  "IT",
  "LV",
  "LT",
  "LU",
  "MT",
  "NL",
  "PL",
  "PT",
  "RO",
  "SK",
  "SI",
  "ES",
  "SE",
] as const;

/** The 33 members of CELAC, the Community of Latin American and Caribbean States. */
export const CELAC_33 = [
  "AG",
  "AR",
  "BS",
  "BB",
  "BZ",
  "BO",
  "BR",
  "CL",
  "CO",
  "CR",
  "CU",
  "DM",
  "DO",
  "EC",
  "SV",
  "GD",
  "GT",
  "GY",
  "HT",
  "HN",
  "JM",
  "MX",
  "NI",
  "PA",
  "PY",
  "PE",
  "KN",
  "LC",
  "VC",
  "SR",
  "TT",
  "UY",
  "VE",
] as const;

export type Region = "eu" | "lac" | "other";
export const regionsInOrder: readonly Region[] = ["eu", "lac", "other"];

const eu = new Set<string>(EU_27);
const lac = new Set<string>(CELAC_33);

/** EU, Latin America and the Caribbean, or other, from a country code. */
export function regionOf(countryCode: string): Region {
  const code = countryCode.trim().toUpperCase();
  if (eu.has(code)) return "eu";
  if (lac.has(code)) return "lac";
  return "other";
}
