import type { NextRequest, NextResponse } from "next/server";
import { config } from "@/lib/config";

/**
 * The proxy's redirects (language of `/`, sign-in) point at APP_URL: NextResponse.redirect and
 * next-intl build their Location from the request's Host / X-Forwarded-Host, which anyone can forge.
 * A locale redirect depends on Accept-Language, so it says so to caches (`Vary`).
 */
export function redirectOnAppOrigin(request: NextRequest, response: NextResponse, options: { byLanguage: boolean }): NextResponse {
  const location = response.headers.get("location");
  if (!location) return response;
  const target = new URL(location, request.url);
  if (target.host === request.nextUrl.host) {
    const app = new URL(config().appUrl);
    target.protocol = app.protocol;
    target.host = app.host;
    response.headers.set("location", target.toString());
  }
  if (options.byLanguage) response.headers.append("vary", "Accept-Language");
  return response;
}
