import type { Locator, Page } from "@playwright/test";
import { en, messagePattern } from "../support/messages";

/** The check-in desk of a dialogue: typed or scanned codes, name search, the running count. */
export class CheckinDeskPage {
  constructor(
    readonly page: Page,
    readonly dialogue: { dashboard(section?: string): string },
  ) {}

  /** The desk at the venue's entrance, or at a session's door. */
  goto(sessionId?: number) {
    return this.page.goto(this.dialogue.dashboard(sessionId ? `checkin?session=${sessionId}` : "checkin"));
  }

  get count(): Locator {
    return this.page.getByTestId("checkin-count");
  }

  async currentCount(): Promise<number> {
    return Number(await this.count.textContent());
  }

  /** Checks a delegate in by the code on their badge, typed. */
  async checkIn(code: string) {
    await this.page.getByLabel(en("checkin.scan.code")).fill(code);
    await this.page.getByRole("button", { name: en("checkin.scan.submit"), exact: true }).click();
  }

  /** Finds a delegate by name, email or organisation, and checks in the one called `name`. */
  async findAndCheckIn(query: string, name: string) {
    await this.page.getByRole("searchbox", { name: en("checkin.search.title") }).fill(query);
    await this.page.getByRole("button", { name: en("checkin.search.submit") }).click();
    await this.page.getByRole("button", { name: en("checkin.search.checkInNamed").replace("{name}", name) }).click();
  }

  async startCamera() {
    await this.page.getByRole("button", { name: en("checkin.scan.start") }).click();
  }

  async stopCamera() {
    await this.page.getByRole("button", { name: en("checkin.scan.stop") }).click();
  }

  get cameraOn(): Locator {
    return this.page.getByText(en("checkin.scan.scanning"));
  }

  /** "Checked in: {name} ({organisation}) at …". */
  checkedIn(name: string, organisation: string): Locator {
    return this.page.getByText(messagePattern("en", "checkin.result.checkedIn", { name, organisation }));
  }

  /** The desk's answer to a code that names nobody of this dialogue (unknown, forged or altered). */
  get unknownCode(): Locator {
    return this.page.getByText(en("checkin.result.unknown"));
  }

  /** At a session's door: "{name} is not signed up for this session ({place})." */
  notSignedUp(name: string): Locator {
    return this.page.getByText(messagePattern("en", "checkin.result.notSignedUp", { name }));
  }

  /** Lets in a delegate who did not sign up, where the session allows walk-ins. */
  async admitAnyway(name: string) {
    await this.page.getByRole("button", { name: en("checkin.admitAnyway").replace("{name}", name) }).click();
  }

  /** "Admitted without sign-up: {name} ({organisation}) at …". */
  admitted(name: string, organisation: string): Locator {
    return this.page.getByText(messagePattern("en", "checkin.result.admitted", { name, organisation }));
  }

  /** "{name} was already checked in at hh:mm by {by} …". */
  alreadyCheckedIn(name: string, by: string): Locator {
    return this.page.getByText(messagePattern("en", "checkin.result.already", { name, by, time: /\d\d:\d\d/ }));
  }
}
