"use client"

import Link from "next/link"
import { usePathname } from "next/navigation"
import { useTranslations } from "next-intl"
import { useEffect, useState } from "react"
import { getAccountStatus } from "@/lib/actions/account"

/**
 * Header link to the account. A dynamic island like the cart badge: pages stay
 * cacheable and the signed-in state is asked for here, again after each
 * navigation (signing in or out ends on another page).
 */
export function AccountLink({ countryCode }: { countryCode: string }) {
  const t = useTranslations("account")
  const pathname = usePathname()
  const [signedIn, setSignedIn] = useState<boolean | null>(null)
  useEffect(() => {
    let live = true
    getAccountStatus()
      .then((s) => live && setSignedIn(s.signedIn))
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [pathname])
  const label = signedIn === false ? t("nav.signIn") : t("nav.account")
  return (
    <Link
      href={signedIn === false ? `/${countryCode}/account/login` : `/${countryCode}/account`}
      data-testid="account-link"
      data-signed-in={signedIn === null ? undefined : String(signedIn)}
      className="inline-flex min-h-11 min-w-11 items-center justify-center gap-2 rounded-full border border-ink-900/15 px-3 text-sm font-semibold hover:border-ink-900/40 sm:px-4"
    >
      <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8">
        <circle cx="12" cy="8" r="4" />
        <path d="M4 21c1.5-4 4.5-6 8-6s6.5 2 8 6" />
      </svg>
      <span className="sr-only sm:not-sr-only">{label}</span>
    </Link>
  )
}
