"use client"

import { useTranslations } from "next-intl"
import { useMemo, useState, useTransition } from "react"
import { addToCart } from "@/lib/actions/cart"
import { findVariant, isValueAvailable, stockState, type ChoosableVariant } from "@/lib/util/variants"
import { announceCartCount } from "@/modules/layout/cart-events"

export type VariantChoice = ChoosableVariant & { priceLabel: string | null }

const slug = (v: string) => v.toLowerCase().replace(/\s+/g, "-")

export function ProductActions({ options, variants, fromLabel, taxNote, countryCode }: {
  options: { title: string; values: string[] }[]
  variants: VariantChoice[]
  fromLabel: string | null
  taxNote: string
  countryCode: string
}) {
  const t = useTranslations("product")
  const titles = options.map((o) => o.title)
  const [chosen, setChosen] = useState<Record<string, string>>(() => (variants.length === 1 ? { ...variants[0].options } : {}))
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null)
  const [pending, startTransition] = useTransition()
  const variant = useMemo(() => findVariant(variants, chosen, titles), [variants, chosen, titles])
  const state = variant ? stockState(variant) : null

  const add = () => {
    if (!variant) return
    setMessage(null)
    startTransition(async () => {
      const result = await addToCart({ variantId: variant.id, quantity: 1, countryCode })
      if (result.error !== undefined) {
        setMessage({ kind: "error", text: result.error === "out-of-stock" ? t("unavailable") : t("unavailable") })
      } else {
        announceCartCount(result.count)
        setMessage({ kind: "ok", text: t("added") })
      }
    })
  }

  const stockLabel = state === "out-of-stock" ? t("outOfStock") : state === "low-stock" ? t("lowStock") : state ? t("inStock") : t("chooseVariant")
  return (
    <div className="space-y-6">
      <div>
        <p data-testid="product-price" className="text-2xl font-semibold">
          {variant?.priceLabel ?? fromLabel}
        </p>
        <p className="mt-1 text-sm text-ink-500">{taxNote}</p>
      </div>
      {options.map((option) => (
        <fieldset key={option.title}>
          <legend className="mb-2 text-sm font-semibold">
            {option.title}
            {chosen[option.title] && <span className="font-normal text-ink-500">: {chosen[option.title]}</span>}
          </legend>
          <div className="flex flex-wrap gap-2">
            {option.values.map((value) => {
              const selected = chosen[option.title] === value
              const available = isValueAvailable(variants, chosen, option.title, value)
              return (
                <button
                  key={value}
                  type="button"
                  data-testid={`option-${slug(option.title)}-${slug(value)}`}
                  data-available={available ? "true" : "false"}
                  aria-pressed={selected}
                  onClick={() => setChosen((c) => ({ ...c, [option.title]: value }))}
                  className={`min-h-11 min-w-11 rounded-full border px-4 text-sm font-semibold transition ${
                    selected ? "border-ink-900 bg-ink-900 text-sand-50" : "border-ink-900/25 bg-white/60 hover:border-ink-900"
                  } ${available ? "" : "text-ink-500 line-through decoration-1"}`}
                >
                  {value}
                </button>
              )
            })}
          </div>
        </fieldset>
      ))}
      <p data-testid="stock-state" data-state={state ?? "unselected"} className={`text-sm font-semibold ${state === "out-of-stock" ? "text-lotus-700" : state === "low-stock" ? "text-saffron-700" : "text-jade-700"}`} aria-live="polite">
        {stockLabel}
      </p>
      <button
        type="button"
        data-testid="add-to-cart-button"
        onClick={add}
        disabled={!variant || state === "out-of-stock" || pending}
        className="min-h-12 w-full rounded-full bg-ink-900 px-6 font-semibold text-sand-50 hover:bg-ink-700 disabled:cursor-not-allowed disabled:bg-ink-500"
      >
        {pending ? t("adding") : state === "out-of-stock" ? t("outOfStock") : variant ? t("addToCart") : t("chooseVariant")}
      </button>
      <p aria-live="polite" data-testid={message?.kind === "error" ? "add-to-cart-error" : "add-to-cart-status"} className={`min-h-5 text-sm ${message?.kind === "error" ? "text-lotus-700" : "text-jade-700"}`}>
        {message?.text}
      </p>
    </div>
  )
}
