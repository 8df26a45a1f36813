import { databaseHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDatabase } from "@/db/seed";
async function main() { const h = databaseHandle(); await migrateDatabase(h); await seedDatabase(h.db); await h.close(); }
void main();
