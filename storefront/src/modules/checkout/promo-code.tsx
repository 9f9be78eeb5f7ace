"use client"

import { useRouter } from "next/navigation"
import { useTranslations } from "next-intl"
import { useState, useTransition } from "react"
import { applyPromoCode, removePromoCode } from "@/lib/actions/checkout"

export function PromoCode({ applied }: { applied: string[] }) {
  const t = useTranslations("checkout")
  const router = useRouter()
  const [code, setCode] = useState("")
  const [error, setError] = useState<string | null>(null)
  const [pending, startTransition] = useTransition()

  const apply = (event: React.FormEvent) => {
    event.preventDefault()
    setError(null)
    startTransition(async () => {
      const result = await applyPromoCode(code)
      if (!result.ok) return setError(t("errors.promoInvalid"))
      setCode("")
      router.refresh()
    })
  }
  const remove = (c: string) =>
    startTransition(async () => {
      await removePromoCode(c)
      router.refresh()
    })

  return (
    <div className="space-y-2">
      {applied.map((c) => (
        <p key={c} data-testid="promo-applied" className="flex items-center justify-between rounded-lg bg-jade-700/10 px-3 py-2 text-sm text-jade-700">
          <span>{t("promo.applied", { code: c })}</span>
          <button type="button" onClick={() => remove(c)} disabled={pending} className="min-h-11 font-semibold underline" aria-label={t("promo.remove", { code: c })}>
            {t("promo.removeShort")}
          </button>
        </p>
      ))}
      <form onSubmit={apply} className="flex gap-2">
        <label htmlFor="promo" className="sr-only">{t("promo.label")}</label>
        <input id="promo" value={code} onChange={(e) => setCode(e.target.value)} placeholder={t("promo.label")} autoComplete="off"
          aria-invalid={Boolean(error)} aria-describedby={error ? "promo-error" : undefined}
          className="min-h-11 flex-1 rounded-lg border border-ink-900/20 bg-white px-3 text-sm uppercase" />
        <button type="submit" disabled={pending || !code.trim()} className="min-h-11 rounded-lg border border-ink-900 px-4 text-sm font-semibold disabled:opacity-50">{t("promo.apply")}</button>
      </form>
      {error && <p id="promo-error" role="alert" className="text-sm text-lotus-700">{error}</p>}
    </div>
  )
}
