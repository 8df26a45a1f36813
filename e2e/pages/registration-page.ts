import { expect, type Locator, type Page } from "@playwright/test";
import { containing, message, messagePattern } from "../support/messages";
import type { Locale } from "../support/seeded";

export type Delegate = { email: string; givenName: string; familyName: string };
type Field = "givenName" | "familyName" | "email" | "phone" | "organisation" | "position" | "country" | "preferredLanguage";
/** Labels that are also the start of another label on the form ("Email address" and its hint...). */
const exactLabels = new Set<Field>(["email", "position", "country"]);

/** The public registration form of a dialogue, in one of the four languages. */
export class RegistrationPage {
  constructor(
    readonly page: Page,
    readonly dialogue: { slug: string },
    readonly locale: Locale = "en",
  ) {}

  private t(key: string) {
    return message(this.locale, `registration.${key}`);
  }

  get path() {
    return `/${this.locale}/events/${this.dialogue.slug}/register`;
  }

  async goto() {
    await this.page.goto(this.path);
  }

  field(name: Field | "dietaryRequirements" | "accessibilityNeeds"): Locator {
    return this.page.getByLabel(this.t(`fields.${name}`), { exact: exactLabels.has(name as Field) });
  }

  /** A session's checkbox, by (part of) its title. */
  session(title: string): Locator {
    return this.page.getByRole("checkbox", { name: containing(title) });
  }

  /** A field of one of the dialogue's own questions, by its label. */
  question(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  get privacyConsent(): Locator {
    return this.page.getByRole("checkbox", { name: this.t("fields.privacyConsent") });
  }

  get specialDataConsent(): Locator {
    return this.page.getByRole("checkbox", { name: this.t("fields.specialDataConsent") });
  }

  get submitButton(): Locator {
    return this.page.getByRole("button", { name: this.t("submit") });
  }

  /** Fills the personal and professional fields, and the preferred language: the page's. */
  async fill(delegate: Delegate) {
    await this.field("givenName").fill(delegate.givenName);
    await this.field("familyName").fill(delegate.familyName);
    await this.field("email").fill(delegate.email);
    await this.field("phone").fill("+57 601 3443460");
    await this.field("organisation").fill("Ministerio TIC");
    await this.field("position").fill("Advisor");
    await this.page.getByLabel(this.t("fields.stakeholderGroup")).selectOption("government_lac_country");
    await this.field("country").selectOption("CO");
    await this.page.getByLabel(this.t("fields.represents")).fill("Colombia");
    // The select starts empty: the delegate chooses, here the language the page is in.
    await this.field("preferredLanguage").selectOption(this.locale);
  }

  async chooseSessions(...titles: string[]) {
    for (const title of titles) await this.session(title).check();
  }

  /** The optional visa letter section: asks for a letter, with the passport details and the section's own consent. */
  async requestVisaLetter(passport: { number: string; nationality: string; dateOfBirth: string; expiry: string }) {
    await this.page.getByRole("checkbox", { name: this.t("fields.visaRequested") }).check();
    await this.page.getByLabel(this.t("fields.passportNumber"), { exact: true }).fill(passport.number);
    await this.page.getByLabel(this.t("fields.nationality"), { exact: true }).selectOption(passport.nationality);
    await this.page.getByLabel(this.t("fields.dateOfBirth"), { exact: true }).fill(passport.dateOfBirth);
    await this.page.getByLabel(this.t("fields.passportExpiry"), { exact: true }).fill(passport.expiry);
    await this.page.getByRole("checkbox", { name: this.t("fields.visaConsent") }).check();
  }

  async acceptPrivacy() {
    await this.privacyConsent.check();
  }

  async submit() {
    await this.submitButton.click();
  }

  /** Fills the form, chooses these sessions, accepts the privacy notice and sends it. */
  async register(delegate: Delegate, sessions: string[] = []) {
    await this.fill(delegate);
    await this.chooseSessions(...sessions);
    await this.acceptPrivacy();
    await this.submit();
  }

  /** "This dialogue is full: the waiting list is open" above the form. */
  get waitlistOpen(): Locator {
    return this.page.getByText(this.t("messages.waitlistOpen"));
  }

  /** The page that follows a registration: "Check your inbox". */
  async expectSent() {
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText(this.t("sent.title"));
  }

  /** The browser-side check's "Please fill in this field." (the first of them). */
  get requiredError(): Locator {
    return this.page.getByText(this.t("errors.required")).first();
  }

  get formErrors(): Locator {
    return this.page.getByText(this.t("messages.formHasErrors"));
  }

  /** The form's message naming two sessions at the same time. */
  overlap(a: string, b: string): Locator {
    return this.page.getByText(messagePattern(this.locale, "registration.errors.overlap", { a, b }));
  }
}
