import { randomBytes } from "node:crypto";
import { hash } from "@node-rs/argon2";
import type { Page } from "@playwright/test";
import { type Database, type DatabaseHandle, openDatabase } from "@/db/client";
import { users } from "@/db/schema";
import type { Role } from "@/lib/auth/roles";
import { SignInPage } from "../pages/sign-in-page";
import type { Locale } from "./seeded";

export type TestUser = { id: number; email: string; name: string; role: Role; password: string };

const PASSWORD = "correct horse battery staple 2023";
let passwordHash: Promise<string> | undefined;
let handle: DatabaseHandle | undefined;

/** The database the server under test uses (one connection pool per worker). */
export function e2eDb(): Database {
  handle ??= openDatabase({ url: process.env.E2E_DATABASE_URL! });
  return handle.db;
}

/** A fresh account of `role`, written straight to the database (argon2 hash like the app's). */
export async function createUser(role: Role, label: string = role, db: Database = e2eDb()): Promise<TestUser> {
  // The same call as lib/auth/password (which is server-only and cannot be imported here).
  passwordHash ??= hash(PASSWORD);
  const email = `${label}.${Date.now().toString(36)}${randomBytes(3).toString("hex")}@example.org`;
  const name = `${label[0]!.toUpperCase()}${label.slice(1)} ${randomBytes(2).toString("hex")}`;
  const [row] = await db
    .insert(users)
    .values({ email, name, role, passwordHash: await passwordHash, locale: "en" })
    .returning({ id: users.id });
  return { id: row!.id, email, name, role, password: PASSWORD };
}

/** Signs an existing account in through the sign-in form; the page's context keeps the session. */
export async function signInAs(page: Page, user: Pick<TestUser, "email" | "password">, locale: Locale = "en"): Promise<void> {
  const form = new SignInPage(page, locale);
  await form.goto();
  await form.signIn(user);
}
