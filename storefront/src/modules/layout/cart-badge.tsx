"use client"

import Link from "next/link"
import { useTranslations } from "next-intl"
import { useEffect, useState } from "react"
import { getCartSummary } from "@/lib/actions/cart"
import { CART_EVENT } from "./cart-events"

/** A small dynamic island: catalog pages stay static, the count is fetched here. */
export function CartBadge({ countryCode }: { countryCode: string }) {
  const t = useTranslations("nav")
  const [count, setCount] = useState<number | null>(null)
  useEffect(() => {
    let live = true
    getCartSummary().then((s) => live && setCount((current) => current ?? s.count))
    const onChange = (e: Event) => setCount((e as CustomEvent<number>).detail)
    window.addEventListener(CART_EVENT, onChange)
    return () => {
      live = false
      window.removeEventListener(CART_EVENT, onChange)
    }
  }, [])
  return (
    <Link
      href={`/${countryCode}/cart`}
      data-testid="cart-link"
      aria-label={t("cartCount", { count: count ?? 0 })}
      className="relative inline-flex min-h-11 items-center gap-2 rounded-full border border-ink-900/15 px-4 text-sm font-semibold hover:border-ink-900/40"
    >
      <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8"><path d="M6 7h12l-1 13H7L6 7Z" /><path d="M9 7a3 3 0 0 1 6 0" /></svg>
      <span className="sr-only sm:not-sr-only">{t("cart")}</span>
      {count ? (
        <span data-testid="cart-count" className="grid h-6 min-w-6 place-items-center rounded-full bg-lotus-700 px-1.5 text-xs text-white">
          {count}
        </span>
      ) : null}
    </Link>
  )
}
