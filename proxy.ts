import { NextResponse, type NextRequest } from "next/server";
import { checkRequestLimits } from "@/lib/http/request-limits";
import { checkActionRequest, checkPathEncoding } from "@/lib/http/request-shape";
import { securityHeaders } from "@/lib/http/security-headers";
import { safeJsonResponse } from "@/lib/http/safe-json";

function withSecurityHeaders(response: NextResponse, pathname: string): NextResponse {
  for (const [key, value] of securityHeaders(pathname)) response.headers.set(key, value);
  return response;
}

function refuse(request: NextRequest, status: number, error: string, parameter?: string): NextResponse {
  const body = { error, ...(parameter ? { parameter } : {}) };
  if (request.nextUrl.pathname.startsWith("/api/")) {
    return new NextResponse(safeJsonResponse(body).body, { status, headers: { "Content-Type": "application/json; charset=utf-8" } });
  }
  const label = status === 414 ? "URI too long" : status === 413 ? "Payload too large" : status === 411 ? "Length required" : "Bad request";
  return new NextResponse(`${label}: ${error}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

/**
 * Refuses, before any page or API work starts: over-long or over-wide query strings, paths
 * that do not decode, forged or oversized server-action posts. Every response, refusals
 * and errors included, carries the security headers (lib/http/security-headers.ts).
 */
export function proxy(request: NextRequest): NextResponse {
  const { pathname, search } = request.nextUrl;
  const refusal = checkPathEncoding(pathname) ?? checkActionRequest(request.method, request.headers);
  if (refusal) return withSecurityHeaders(refuse(request, refusal.status, refusal.error), pathname);
  const violation = checkRequestLimits(search);
  if (violation) return withSecurityHeaders(refuse(request, violation.status, violation.error, violation.parameter), pathname);
  return withSecurityHeaders(NextResponse.next(), pathname);
}

export const config = {
  // Pages and the API; Next's own assets never carry a query worth checking (next.config.ts gives them the headers).
  matcher: ["/((?!_next/static|_next/image|icon.svg|favicon.ico).*)"],
};
