import { NextResponse, type NextRequest } from "next/server"
import { checkoutCsp, needsCheckoutCsp, newNonce } from "./lib/util/csp"
import { negotiateLocale } from "./lib/util/locale"

const DEFAULT_COUNTRY = (process.env.NEXT_PUBLIC_DEFAULT_COUNTRY ?? "us").toLowerCase()
const BACKEND_URL = process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000"
const TTL_MS = 60 * 60 * 1000

let countries: { codes: Set<string>; fetchedAt: number } | undefined

/** Country codes of every region, memoised for an hour. */
async function knownCountries(): Promise<Set<string>> {
  if (countries && Date.now() - countries.fetchedAt < TTL_MS) return countries.codes
  try {
    const res = await fetch(`${BACKEND_URL}/store/regions?fields=countries.iso_2&limit=100`, {
      headers: { "x-publishable-api-key": process.env.MEDUSA_PUBLISHABLE_KEY ?? "" },
      signal: AbortSignal.timeout(3000),
    })
    if (!res.ok) throw new Error(String(res.status))
    const body = (await res.json()) as { regions: { countries?: { iso_2: string }[] }[] }
    const codes = new Set(body.regions.flatMap((r) => (r.countries ?? []).map((c) => c.iso_2)))
    countries = { codes, fetchedAt: Date.now() }
    return codes
  } catch {
    // Backend unreachable: accept the default country so the shop can show its error page.
    return countries?.codes ?? new Set([DEFAULT_COUNTRY])
  }
}

/**
 * Every page lives under /{countryCode}; the locale is rewritten in here
 * (/{locale}/{countryCode}/…). This is done by hand rather than by next-intl's
 * middleware, which would read /fr/… (France) as a locale prefix and strip it.
 */
export default async function proxy(request: NextRequest) {
  const [first] = request.nextUrl.pathname.split("/").filter(Boolean)
  const codes = await knownCountries()
  if (!first || !codes.has(first.toLowerCase())) {
    const url = request.nextUrl.clone()
    url.pathname = `/${DEFAULT_COUNTRY}${request.nextUrl.pathname === "/" ? "" : request.nextUrl.pathname}`
    return NextResponse.redirect(url, 307)
  }
  const url = request.nextUrl.clone()
  url.pathname = `/${negotiateLocale(request.cookies.get("NEXT_LOCALE")?.value, request.headers.get("accept-language"))}${request.nextUrl.pathname}`
  if (!needsCheckoutCsp(request.nextUrl.pathname)) return NextResponse.rewrite(url)
  // Payment pages: a strict CSP with a per-request nonce, which Next.js reads from the request header.
  const csp = checkoutCsp(newNonce(), { dev: process.env.NODE_ENV !== "production" })
  const headers = new Headers(request.headers)
  headers.set("content-security-policy", csp)
  const response = NextResponse.rewrite(url, { request: { headers } })
  response.headers.set("content-security-policy", csp)
  return response
}

export const config = {
  matcher: ["/((?!api|_next|_vercel|static|.*\\..*).*)"],
}
