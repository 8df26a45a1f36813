import "server-only";
import type { LimitPolicy } from "@/lib/rate-limit";

/** Per address typed in the form: a handful of tries, so nobody floods someone's inbox. */
export const registrationEmailLimit: LimitPolicy = { name: "register-email", points: 6, durationSeconds: 10 * 60 };
/** "Send me my link again": per client address and per email address. */
export const manageLinkLimit: LimitPolicy = { name: "manage-link", points: 10, durationSeconds: 10 * 60 };

/**
 * The client's address: the first hop of X-Forwarded-For set by the load balancer in front of the
 * instances (deployments must let only their proxy set it), else X-Real-IP.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return (forwarded || headers.get("x-real-ip") || "unknown").slice(0, 64);
}
