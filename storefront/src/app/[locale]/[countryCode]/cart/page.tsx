import type { Metadata } from "next"
import Image from "next/image"
import Link from "next/link"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { retrieveCart } from "@/lib/data/cart"
import { formatMoney } from "@/lib/util/money"
import { LineControls } from "@/modules/cart/line-controls"

/** Per visitor, never cached. */
export const dynamic = "force-dynamic"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cart")
  return { title: t("title"), robots: { index: false } }
}

export default async function CartPage({ params }: { params: Promise<{ locale: string; countryCode: string }> }) {
  const { locale, countryCode } = await params
  setRequestLocale(locale)
  const [t, cart] = await Promise.all([getTranslations("cart"), retrieveCart()])
  const items = [...(cart?.items ?? [])].sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)))
  const money = (amount: number | null | undefined) => formatMoney(amount, cart?.currency_code ?? "usd", locale)
  const taxInclusive = items.some((i) => i.is_tax_inclusive)

  return (
    <div className="mx-auto max-w-5xl px-4 py-10 sm:px-6">
      <h1 className="text-4xl font-semibold">{t("title")}</h1>
      {!cart || items.length === 0 ? (
        <div data-testid="cart-empty" className="mt-8 rounded-2xl bg-sand-100 p-10 text-center">
          <p className="text-lg">{t("empty")}</p>
          <Link href={`/${countryCode}/store`} className="mt-6 inline-flex min-h-12 items-center rounded-full bg-ink-900 px-6 font-semibold text-sand-50">{t("continue")}</Link>
        </div>
      ) : (
        <div className="mt-8 grid gap-10 lg:grid-cols-[1fr_20rem]">
          <ul className="divide-y divide-ink-900/10 border-y border-ink-900/10">
            {items.map((item) => (
              <li key={item.id} data-testid="cart-line" data-sku={item.variant_sku ?? item.variant?.sku ?? ""} className="flex gap-4 py-6">
                <div className="relative h-32 w-24 shrink-0 overflow-hidden rounded-xl bg-sand-100">
                  {item.thumbnail && <Image src={item.thumbnail} alt="" fill sizes="96px" className="object-cover" />}
                </div>
                <div className="flex flex-1 flex-col gap-2">
                  <div className="flex flex-wrap justify-between gap-2">
                    <div>
                      <Link href={`/${countryCode}/products/${item.product_handle}`} data-testid="cart-line-title" className="font-serif text-lg hover:text-lotus-700">
                        {item.product_title}
                      </Link>
                      <p className="text-sm text-ink-500">{item.variant_title}</p>
                      <p className="text-sm text-ink-500">{money(item.unit_price)}</p>
                    </div>
                    <p data-testid="cart-line-total" className="font-semibold">{money(item.total)}</p>
                  </div>
                  <LineControls lineId={item.id} quantity={item.quantity} title={item.product_title ?? ""} />
                </div>
              </li>
            ))}
          </ul>
          <aside aria-labelledby="summary" className="h-fit rounded-2xl border border-ink-900/10 bg-white/70 p-6">
            <h2 id="summary" className="sr-only">{t("total")}</h2>
            <dl className="space-y-3 text-sm">
              <div className="flex justify-between"><dt>{t("subtotal")}</dt><dd data-testid="cart-subtotal">{money(cart.item_total)}</dd></div>
              <div className="flex justify-between"><dt>{t("tax")}</dt><dd data-testid="cart-tax">{money(cart.tax_total)}</dd></div>
              <div className="flex justify-between border-t border-ink-900/10 pt-3 text-base font-semibold"><dt>{t("total")}</dt><dd data-testid="cart-total">{money(cart.total)}</dd></div>
            </dl>
            <p data-testid="cart-tax-note" className="mt-4 text-xs text-ink-500">
              {taxInclusive ? t("taxIncludedNote", { amount: money(cart.tax_total) }) : t("taxExcludedNote")} {t("shippingNote")}
            </p>
            <Link href={`/${countryCode}/checkout`} data-testid="checkout-link" className="mt-6 flex min-h-12 w-full items-center justify-center rounded-full bg-ink-900 px-6 font-semibold text-sand-50 hover:bg-ink-700">{t("checkout")}</Link>
          </aside>
        </div>
      )}
    </div>
  )
}
