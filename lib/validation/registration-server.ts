import { type CountryCode, parsePhoneNumberFromString } from "libphonenumber-js";
import { isCountryCode } from "@/lib/registration/countries";
import { buildRegistrationSchema, type PhoneRule } from "./registration";

function parse(phone: string, countryCode: string) {
  // International format, or the national format of the delegate's country.
  const defaultCountry = isCountryCode(countryCode) ? (countryCode as CountryCode) : undefined;
  return parsePhoneNumberFromString(phone, { defaultCountry });
}

/** Real phone validation (libphonenumber's metadata), stored in international E.164 form. */
export const serverPhoneRule: PhoneRule = {
  isValid: (phone, countryCode) => parse(phone, countryCode)?.isValid() ?? false,
  normalise: (phone, countryCode) => parse(phone, countryCode)?.number ?? phone,
};

/** The registration schema as the server applies it: the browser's, with phone numbers checked for real. */
export const registrationServerSchema = buildRegistrationSchema(serverPhoneRule);
