"use client"

import Link from "next/link"
import { usePathname } from "next/navigation"
import { useTranslations } from "next-intl"
import { useFormStatus } from "react-dom"
import { signOut } from "@/lib/actions/account"

const SECTIONS = [
  { key: "overview", path: "" },
  { key: "orders", path: "/orders" },
  { key: "addresses", path: "/addresses" },
  { key: "profile", path: "/profile" },
] as const

export function AccountNav({ countryCode }: { countryCode: string }) {
  const t = useTranslations("account")
  const pathname = usePathname()
  const base = `/${countryCode}/account`
  const isCurrent = (path: string) => (path ? pathname === base + path || pathname.startsWith(`${base}${path}/`) : pathname === base)
  return (
    <nav aria-label={t("nav.menu")} className="lg:sticky lg:top-6">
      <ul className="flex flex-wrap gap-2 lg:flex-col lg:gap-1">
        {SECTIONS.map((s) => {
          const current = isCurrent(s.path)
          return (
            <li key={s.key}>
              <Link
                href={base + s.path}
                aria-current={current ? "page" : undefined}
                data-testid={`account-nav-${s.key}`}
                className={`flex min-h-11 items-center rounded-full px-4 text-sm font-semibold ${current ? "bg-ink-900 text-sand-50" : "hover:bg-sand-100"}`}
              >
                {t(`nav.${s.key}`)}
              </Link>
            </li>
          )
        })}
        <li className="lg:mt-4 lg:border-t lg:border-ink-900/10 lg:pt-4">
          <form action={signOut}>
            <input type="hidden" name="countryCode" value={countryCode} />
            <SignOutButton label={t("nav.signOut")} pendingLabel={t("nav.signingOut")} />
          </form>
        </li>
      </ul>
    </nav>
  )
}

function SignOutButton({ label, pendingLabel }: { label: string; pendingLabel: string }) {
  const { pending } = useFormStatus()
  return (
    <button type="submit" aria-disabled={pending} data-testid="sign-out"
      className="flex min-h-11 w-full items-center rounded-full px-4 text-sm font-semibold text-lotus-700 hover:bg-lotus-500/10">
      {pending ? pendingLabel : label}
    </button>
  )
}
