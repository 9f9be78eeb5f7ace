import type { HttpTypes } from "@medusajs/types"
import Image from "next/image"
import { getTranslations } from "next-intl/server"
import { getDuties } from "@/lib/data/duties"
import { formatMoney } from "@/lib/util/money"
import { PromoCode } from "./promo-code"

/** Totals as the backend computed them; nothing here is priced in the browser. */
export async function OrderSummary({ cart, locale, countryCode, showPromo = true }: {
  cart: HttpTypes.StoreCart
  locale: string
  countryCode: string
  showPromo?: boolean
}) {
  const t = await getTranslations("checkout")
  const money = (amount: number | null | undefined) => formatMoney(amount, cart.currency_code, locale)
  const taxInclusive = Boolean(cart.region?.automatic_taxes !== false && cart.items?.some((i) => i.is_tax_inclusive))
  const destination = cart.shipping_address?.country_code || countryCode
  const duties = await getDuties({ countryCode: destination, currency: cart.currency_code, goodsValue: cart.item_subtotal ?? cart.item_total ?? 0 })
  const codes = (cart.promotions ?? []).map((p) => p.code).filter((c): c is string => Boolean(c))
  const hasShipping = (cart.shipping_methods?.length ?? 0) > 0

  return (
    <aside aria-labelledby="summary-heading" className="h-fit space-y-5 rounded-2xl border border-ink-900/10 bg-white/70 p-6 lg:sticky lg:top-6">
      <h2 id="summary-heading" className="font-serif text-xl">{t("summary.title")}</h2>
      <ul className="space-y-3">
        {(cart.items ?? []).map((item) => (
          <li key={item.id} className="flex gap-3 text-sm" data-testid="summary-line">
            <div className="relative h-16 w-12 shrink-0 overflow-hidden rounded-lg bg-sand-100">
              {item.thumbnail && <Image src={item.thumbnail} alt="" fill sizes="48px" className="object-cover" />}
            </div>
            <div className="flex-1">
              <p className="font-semibold">{item.product_title}</p>
              <p className="text-ink-500">{item.variant_title} · {t("summary.qty", { count: item.quantity })}</p>
            </div>
            <p className="font-semibold">{money(item.total)}</p>
          </li>
        ))}
      </ul>
      {showPromo && <PromoCode applied={codes} />}
      <dl className="space-y-2 border-t border-ink-900/10 pt-4 text-sm">
        <div className="flex justify-between"><dt>{t("summary.items")}</dt><dd data-testid="summary-items">{money(cart.item_total)}</dd></div>
        {(cart.discount_total ?? 0) > 0 && (
          <div className="flex justify-between text-jade-700"><dt>{t("summary.discount")}</dt><dd data-testid="summary-discount">−{money(cart.discount_total)}</dd></div>
        )}
        <div className="flex justify-between"><dt>{t("summary.shipping")}</dt><dd data-testid="summary-shipping">{hasShipping ? money(cart.shipping_total) : t("summary.shippingLater")}</dd></div>
        <div className="flex justify-between">
          <dt>{taxInclusive ? t("summary.taxIncluded") : t("summary.tax")}</dt>
          <dd data-testid="summary-tax">{money(cart.tax_total)}</dd>
        </div>
        <div className="flex justify-between border-t border-ink-900/10 pt-3 text-base font-semibold">
          <dt>{t("summary.total")}</dt><dd data-testid="summary-total">{money(cart.total)}</dd>
        </div>
      </dl>
      <p data-testid="tax-note" className="text-xs text-ink-500">{taxInclusive ? t("summary.taxIncludedNote") : t("summary.taxExcludedNote")}</p>
      <p data-testid="duties-note" data-duties={duties.outcome} className={`rounded-xl p-3 text-sm ${duties.outcome === "included" ? "bg-jade-700/10 text-jade-700" : "bg-saffron-500/10 text-saffron-700"}`}>
        {duties.outcome === "included" ? t("duties.included") : t("duties.dueOnDelivery")}
      </p>
    </aside>
  )
}
