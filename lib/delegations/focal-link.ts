import "server-only";
import { clientLimitKey } from "@/lib/client-address";
import { config } from "@/lib/config";
import { consumeLimit, type LimitPolicy, type LimitResult } from "@/lib/rate-limit";
import type { delegationOfToken } from "./delegations";
import type { FocalDelegation } from "./members";

/**
 * Uses of focal-point links (page views, posts, downloads) per client address. The tokens are
 * 256-bit and unguessable; the limit keeps a client from trying many of them, or from hammering one
 * delegation's page, while a focal point working through their list never comes near it.
 */
function delegationLinkLimit(): LimitPolicy {
  return { name: "delegation-link", points: config().limits.delegationLinksPerAddress, durationSeconds: 15 * 60 };
}

export function allowDelegationLinkUse(headers: Pick<Headers, "get">): Promise<LimitResult> {
  return consumeLimit(delegationLinkLimit(), `ip:${clientLimitKey(headers)}`);
}

/** What the focal point's actions need of the delegation their link opened. */
export function focalDelegation(opened: NonNullable<Awaited<ReturnType<typeof delegationOfToken>>>): FocalDelegation {
  return { id: opened.delegation.id, deadline: opened.delegation.deadline, quota: opened.delegation.quota, eventSlug: opened.event.slug };
}
