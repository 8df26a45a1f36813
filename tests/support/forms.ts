/** A registration form as a delegate fills it in correctly (no sessions chosen): tests change one field at a time. */
export const validRegistrationForm = {
  submissionKey: "5b0a4a4e-3c59-4a43-9d8c-3f1d2c0e9a11",
  givenName: "Ana",
  familyName: "Pérez",
  email: "ana@example.org",
  organisation: "MinTIC",
  position: "Advisor",
  stakeholderGroup: "government_lac_country",
  countryCode: "co",
  represents: "Colombia",
  preferredLanguage: "es",
  privacyConsent: true,
};
