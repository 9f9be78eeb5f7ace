"use client"

import { useRouter } from "next/navigation"
import { useTranslations } from "next-intl"
import type { Sort } from "@/lib/util/catalog-filters"

export function SortSelect({ value, hrefs }: { value: Sort; hrefs: Record<Sort, string> }) {
  const t = useTranslations("store")
  const router = useRouter()
  const labels: Record<Sort, string> = { newest: t("sortNewest"), "price-asc": t("sortPriceAsc"), "price-desc": t("sortPriceDesc") }
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="text-ink-500">{t("sort")}</span>
      <select data-testid="sort-select" value={value} onChange={(e) => router.push(hrefs[e.target.value as Sort])} className="min-h-11 rounded-full border border-ink-900/15 bg-white/70 px-3">
        {(Object.keys(labels) as Sort[]).map((s) => (
          <option key={s} value={s}>{labels[s]}</option>
        ))}
      </select>
    </label>
  )
}
