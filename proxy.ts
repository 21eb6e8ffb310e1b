import { NextResponse, type NextRequest } from "next/server";
import { checkRequestLimits } from "@/lib/request-limits";
import { safeJsonResponse } from "@/lib/safe-json";

/** Refuses over-long or over-wide query strings before any page or API work starts. */
export function proxy(request: NextRequest): NextResponse {
  const violation = checkRequestLimits(request.nextUrl.search);
  if (!violation) return NextResponse.next();
  const body = { error: violation.error, ...(violation.parameter ? { parameter: violation.parameter } : {}) };
  if (request.nextUrl.pathname.startsWith("/api/")) {
    return new NextResponse(safeJsonResponse(body).body, { status: violation.status, headers: { "Content-Type": "application/json; charset=utf-8" } });
  }
  return new NextResponse(`${violation.status === 414 ? "URI too long" : "Bad request"}: ${violation.error}\n`, {
    status: violation.status,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}

export const config = {
  // Pages and the API; Next's own assets never carry a query worth checking.
  matcher: ["/((?!_next/static|_next/image|icon.svg|favicon.ico).*)"],
};
