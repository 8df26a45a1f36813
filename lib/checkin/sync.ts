import "server-only";
import { z } from "zod";
import type { Database } from "@/db/client";
import type { Event } from "@/db/schema";
import type { AuditActor } from "@/lib/audit";
import { type CheckInResult, checkIn } from "@/lib/dashboard/checkin";
import type { SyncRequest, SyncResponse } from "./contract";

/** Scans one sync may carry: a morning's queue of one door, in a body well under a megabyte. */
export const MAX_SCANS = 500;

const INT_MAX = 2_147_483_647;
// PostgreSQL text holds no NUL, and a NUL in a query parameter is an error, not a mismatch.
const text = (max: number) =>
  z
    .string()
    .max(max)
    .refine((value) => !value.includes("\u0000"));
const id = z.number().int().positive().max(INT_MAX);

const scanSchema = z
  .object({
    /** Made by the device for each scan; a scan sent again carries the same id. */
    id: z.uuid(),
    /** What the QR code held (a signed code, or an old opaque token), as scanned or typed. */
    code: text(2000).optional(),
    /** A delegate picked by name from the roster. */
    registrationId: id.optional(),
    /** The session at whose door the desk stands; null at the venue's entrance. */
    sessionId: id.nullable(),
    scannedAt: z.iso.datetime({ offset: true }),
    admitWithoutSignup: z.boolean().optional(),
  })
  .refine((scan) => scan.code || scan.registrationId, { error: "code or registrationId" });

const syncBodySchema = z.object({
  deviceId: text(100).pipe(z.string().trim().min(1)),
  scans: z.array(scanSchema).max(MAX_SCANS),
});

type SyncResult = SyncResponse["results"][number];

/** The body of a sync, or null when it is not one (the route answers 400). */
export function parseSyncBody(raw: string): SyncRequest | null {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  const parsed = syncBodySchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/** A QR code may carry the code alone or at the end of a URL (as the online desk reads it). */
function codeOf(scanned: string): string {
  return (
    scanned
      .split(/[/#?=]/)
      .filter(Boolean)
      .pop() ?? ""
  );
}

function resultOf(scanId: string, result: CheckInResult): SyncResult {
  const none = { registrationId: null, name: null, at: null, by: null, device: null };
  switch (result.status) {
    case "checkedIn":
    case "already":
      return {
        id: scanId,
        status: result.status,
        registrationId: result.registrationId,
        name: result.name,
        at: result.at.toISOString(),
        by: result.by,
        device: result.device,
      };
    case "notSignedUp":
    case "waitlisted":
    case "notConfirmed":
      return { id: scanId, status: result.status, ...none, registrationId: result.registrationId, name: result.name };
    default:
      return { id: scanId, status: result.status, ...none };
  }
}

/**
 * Records a device's queued scans, one after the other in the order the device made them (so that
 * its own first scan of a delegate is the one kept), each with the device's time of scan and the
 * scan's id: a batch sent again after a lost answer gets the same answers and writes nothing.
 */
export async function syncScans(db: Database, actor: AuditActor, event: Event, body: SyncRequest): Promise<SyncResult[]> {
  const results: SyncResult[] = [];
  for (const scan of body.scans) {
    const target = scan.code ? { token: codeOf(scan.code) } : { registrationId: scan.registrationId! };
    const result = await checkIn(db, actor, event, target, scan.sessionId, {
      scannedAt: new Date(scan.scannedAt),
      deviceId: body.deviceId,
      clientId: scan.id,
      admitWithoutSignup: scan.admitWithoutSignup ?? false,
    });
    results.push(resultOf(scan.id, result));
  }
  return results;
}
