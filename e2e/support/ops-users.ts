import { hash } from "@node-rs/argon2";
import type { Page } from "@playwright/test";
import type { Database } from "@/db/client";
import { users } from "@/db/schema";
import { expect, uniqueEmail } from "./fixtures";

export type OpsRole = "admin" | "organiser" | "checkin";
const PASSWORD = "e2e operations passphrase";

/**
 * Creates an organiser account of the role in the server's database and signs in through the
 * real sign-in form. (Stand-in for e2e/support/users.ts's signIn until that is merged.)
 */
export async function signInAs(page: Page, db: Database, role: OpsRole, name = `E2E ${role}`) {
  const email = uniqueEmail(role);
  const [user] = await db.insert(users).values({ email, name, role, passwordHash: await hash(PASSWORD) }).returning();
  await page.goto("/en/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/en\/dashboard$/);
  return user!;
}
