import { expect, type Locator, type Page } from "@playwright/test";
import QRCode from "qrcode";
import { deskPath } from "@/lib/checkin/offline/desk-route";
import { en, messagePattern } from "../support/messages";

/** The offline check-in desk of a dialogue: roster search, QR photos, the sync state line. */
export class OfflineDeskPage {
  constructor(
    readonly page: Page,
    readonly slug: string,
  ) {}

  async goto(query = "") {
    await this.page.goto(deskPath("en", this.slug) + query);
  }

  /** Online: the roster is on the device and the page and its files are cached by the worker. */
  async waitUntilReadyOffline() {
    await expect(this.page.getByText(en("checkinOffline.status.ready"))).toBeVisible({ timeout: 30_000 });
    await expect(this.page.getByTestId("desk-synced")).toHaveText(messagePattern("en", "checkinOffline.status.lastSync"));
  }

  get network(): Locator {
    return this.page.getByTestId("desk-network");
  }

  waiting(count: number): Locator {
    return this.page
      .getByTestId("desk-waiting")
      .filter({ hasText: messagePattern("en", "checkinOffline.status.waiting", { count: String(count) }) });
  }

  /** Finds a delegate in the roster (no network needed) and checks them in. */
  async findAndCheckIn(query: string, name: string) {
    await this.page.getByRole("searchbox", { name: en("checkinOffline.search.label") }).fill(query);
    await this.page.getByRole("button", { name: en("checkinOffline.search.checkIn").replace("{name}", name) }).click();
  }

  /** Scans a badge from a photo: a PNG of a QR code carrying `code`, chosen in the file input. */
  async scanPhotoOf(code: string) {
    const buffer = await QRCode.toBuffer(code, { width: 400, margin: 4 });
    await this.page.getByLabel(en("checkinOffline.scan.photo")).setInputFiles({ name: "badge.png", mimeType: "image/png", buffer });
  }

  result(key: string, values: Record<string, string | RegExp> = {}): Locator {
    return this.page.getByText(messagePattern("en", `checkinOffline.${key}`, values));
  }
}
