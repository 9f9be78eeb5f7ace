import { timingSafeEqual } from "node:crypto"
import { revalidateTag } from "next/cache"
import { NextResponse, type NextRequest } from "next/server"
import { CATALOG_TAGS, type CatalogTag } from "@/lib/data/cache"

function secretMatches(given: string | null, expected: string) {
  if (!given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * Tagged entries expire at once (`expire: 0`), not stale-while-revalidate
 * ("max"): the next request after the call refetches and re-renders, so a
 * maker whose consent was revoked is gone from the very next page view.
 */
const EXPIRE_NOW = { expire: 0 }

/** The backend calls this when catalog data changes: `{ "tags": ["products"] }`. */
export async function POST(request: NextRequest) {
  const expected = process.env.REVALIDATE_SECRET
  if (!expected) return NextResponse.json({ message: "Revalidation is not configured" }, { status: 503 })
  if (!secretMatches(request.headers.get("x-revalidate-secret"), expected)) {
    return NextResponse.json({ message: "Invalid revalidation secret" }, { status: 401 })
  }
  const body = (await request.json().catch(() => null)) as { tags?: unknown } | null
  const tags = Array.isArray(body?.tags) ? body.tags : null
  if (!tags || tags.length === 0 || !tags.every((t): t is CatalogTag => CATALOG_TAGS.includes(t as CatalogTag))) {
    return NextResponse.json({ message: `tags must be a non-empty list of: ${CATALOG_TAGS.join(", ")}` }, { status: 400 })
  }
  for (const tag of new Set(tags)) revalidateTag(tag, EXPIRE_NOW)
  return NextResponse.json({ revalidated: tags })
}
