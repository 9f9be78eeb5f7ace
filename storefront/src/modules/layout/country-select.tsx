"use client"

import { usePathname, useRouter } from "next/navigation"
import { useTranslations } from "next-intl"
import { useTransition } from "react"
import { updateCartRegion } from "@/lib/actions/cart"
import type { CountryChoice } from "@/lib/data/regions"

export function CountrySelect({ countries, current }: { countries: CountryChoice[]; current: string }) {
  const t = useTranslations("nav")
  const router = useRouter()
  const pathname = usePathname()
  const [pending, startTransition] = useTransition()
  const regions = [...new Set(countries.map((c) => c.region))]
  const onChange = (code: string) =>
    startTransition(async () => {
      await updateCartRegion(code)
      const rest = pathname.split("/").slice(2).join("/")
      router.push(`/${code}${rest ? `/${rest}` : ""}${window.location.search}`)
    })
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="sr-only sm:not-sr-only text-ink-500">{t("country")}</span>
      <select
        data-testid="country-select"
        value={current}
        disabled={pending}
        onChange={(e) => onChange(e.target.value)}
        className="min-h-11 max-w-36 rounded-full sm:max-w-44 border border-ink-900/15 bg-white/70 px-3 text-sm"
      >
        {regions.map((region) => (
          <optgroup key={region} label={region}>
            {countries
              .filter((c) => c.region === region)
              .map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name} ({c.currency})
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </label>
  )
}
