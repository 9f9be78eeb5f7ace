"use client"

import { useRouter } from "next/navigation"
import { useTranslations } from "next-intl"
import { useState, useTransition } from "react"
import { deleteLineItem, updateLineItem } from "@/lib/actions/cart"
import { announceCartCount } from "@/modules/layout/cart-events"

export function LineControls({ lineId, quantity, title }: { lineId: string; quantity: number; title: string }) {
  const t = useTranslations("cart")
  const router = useRouter()
  const [pending, startTransition] = useTransition()
  const [error, setError] = useState(false)
  const run = (action: () => ReturnType<typeof updateLineItem>) =>
    startTransition(async () => {
      setError(false)
      const result = await action()
      if (result.error !== undefined) setError(true)
      else announceCartCount(result.count)
      router.refresh()
    })
  const button = "grid h-10 w-10 place-items-center rounded-full border border-ink-900/20 text-lg hover:border-ink-900 disabled:opacity-50"
  return (
    <div className="flex flex-wrap items-center gap-3">
      <div className="flex items-center gap-2" role="group" aria-label={t("quantity")}>
        <button type="button" data-testid="cart-line-decrement" aria-label={t("decrease", { title })} disabled={pending || quantity <= 1} onClick={() => run(() => updateLineItem({ lineId, quantity: quantity - 1 }))} className={button}>−</button>
        <span data-testid="cart-line-quantity" className="min-w-6 text-center font-semibold" aria-live="polite">{quantity}</span>
        <button type="button" data-testid="cart-line-increment" aria-label={t("increase", { title })} disabled={pending} onClick={() => run(() => updateLineItem({ lineId, quantity: quantity + 1 }))} className={button}>+</button>
      </div>
      <button type="button" data-testid="cart-line-remove" aria-label={t("removeItem", { title })} disabled={pending} onClick={() => run(() => deleteLineItem(lineId))} className="min-h-10 px-2 text-sm font-semibold text-lotus-700 underline underline-offset-4">
        {t("remove")}
      </button>
      {error && <p role="alert" className="w-full text-sm text-lotus-700">{t("error")}</p>}
    </div>
  )
}
