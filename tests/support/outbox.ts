import type { OutboxEmail } from "@/db/schema";
import { openOutboxEmail } from "@/lib/email/sender";

/** A queued message's text as it will be sent (its sealed links put back), as the sender sees it. */
export async function sentText(row: OutboxEmail): Promise<string> {
  return (await openOutboxEmail(row)).textBody;
}
