import type { HttpTypes } from "@medusajs/types"
import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { sdk } from "@/lib/config"
import { getAuthHeaders } from "@/lib/data/auth"
import { retrieveCustomer } from "@/lib/data/customer"
import { placedOrderIds } from "@/lib/data/placed-orders"
import { consigneeText, readConsignee } from "@/lib/util/checkout-details"
import { getDuties } from "@/lib/data/duties"
import { formatMoney } from "@/lib/util/money"
import { CartEmptied } from "@/modules/checkout/cart-emptied"

export const dynamic = "force-dynamic"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("checkout")
  return { title: t("confirmed.title"), robots: { index: false } }
}

const ORDER_FIELDS = [
  "id", "display_id", "email", "created_at", "currency_code", "customer_id",
  "item_total", "item_subtotal", "shipping_total", "tax_total", "discount_total", "total",
  "*items", "*shipping_address", "*shipping_methods", "*payment_collections", "*payment_collections.payments", "cart.id",
].join(",")

/**
 * Shown right after checkout. Only this browser (it placed the order: httpOnly
 * cookie) or the signed-in owner may see it; everyone else gets a 404.
 */
export default async function OrderConfirmedPage({ params }: { params: Promise<{ locale: string; countryCode: string; id: string }> }) {
  const { locale, countryCode, id } = await params
  setRequestLocale(locale)
  const [t, placed, customer] = await Promise.all([getTranslations("checkout"), placedOrderIds(), retrieveCustomer()])
  // The signed-in owner reads her order with her token. A guest order placed from this
  // browser is read by its id alone (the backend refuses a signed-in stranger's token).
  const fetchOrder = async (headers: Record<string, string>) =>
    sdk.client
      .fetch<HttpTypes.StoreOrderResponse>(`/store/orders/${encodeURIComponent(id)}`, { query: { fields: ORDER_FIELDS }, headers, cache: "no-store" })
      .then((r) => r.order)
      .catch(() => null)
  const order = (customer ? await fetchOrder(await getAuthHeaders()) : null) ?? (placed.includes(id) ? await fetchOrder({}) : null)
  const mayView = order && (placed.includes(order.id) || (customer && order.customer_id === customer.id))
  if (!order || !mayView) notFound()
  // A business buyer's company and tax IDs. The order copies them from its cart's metadata, but the
  // store order route does not return metadata; the completed cart does (the same values).
  const cartId = (order as { cart?: { id?: string } | null }).cart?.id
  const consignee = cartId
    ? await sdk.client
        .fetch<HttpTypes.StoreCartResponse>(`/store/carts/${encodeURIComponent(cartId)}`, { query: { fields: "id,metadata" }, cache: "no-store" })
        .then((r) => readConsignee(r.cart.metadata))
        .catch(() => null)
    : null

  const money = (amount: number | null | undefined) => formatMoney(amount, order.currency_code, locale)
  const taxInclusive = order.items?.some((i) => i.is_tax_inclusive)
  const providers = (order.payment_collections ?? []).flatMap((pc) => (pc.payments ?? []).map((p) => p.provider_id))
  const testPayment = providers.includes("pp_system_default")
  const address = order.shipping_address
  const duties = await getDuties({ countryCode: address?.country_code ?? countryCode, currency: order.currency_code, goodsValue: order.item_subtotal ?? 0 })

  return (
    <div className="mx-auto max-w-3xl px-4 py-12 sm:px-6">
      <CartEmptied />
      <p className="text-sm font-semibold uppercase tracking-widest text-jade-700">{t("confirmed.eyebrow")}</p>
      <h1 className="mt-2 text-4xl font-semibold" data-testid="order-confirmed-title">{t("confirmed.heading", { number: order.display_id ?? "" })}</h1>
      <p className="mt-4 text-lg">{t("confirmed.emailSent", { email: order.email ?? "" })}</p>
      {testPayment && (
        <p data-testid="test-payment-notice" className="mt-4 rounded-xl border border-saffron-700/40 bg-saffron-500/10 p-4 text-sm">
          <strong>{t("payment.testTitle")}</strong> {t("confirmed.testPayment")}
        </p>
      )}
      <section aria-labelledby="items-heading" className="mt-10">
        <h2 id="items-heading" className="font-serif text-xl">{t("confirmed.items")}</h2>
        <ul className="mt-4 divide-y divide-ink-900/10 border-y border-ink-900/10">
          {(order.items ?? []).map((item) => (
            <li key={item.id} data-testid="order-line" className="flex justify-between gap-4 py-3 text-sm">
              <span><span className="font-semibold">{item.product_title}</span> · {item.variant_title} × {item.quantity}</span>
              <span className="font-semibold">{money(item.total)}</span>
            </li>
          ))}
        </ul>
        <dl className="mt-4 space-y-2 text-sm">
          <div className="flex justify-between"><dt>{t("summary.items")}</dt><dd data-testid="order-items-total">{money(order.item_total)}</dd></div>
          {(order.discount_total ?? 0) > 0 && <div className="flex justify-between text-jade-700"><dt>{t("summary.discount")}</dt><dd>−{money(order.discount_total)}</dd></div>}
          <div className="flex justify-between"><dt>{t("summary.shipping")}</dt><dd data-testid="order-shipping">{money(order.shipping_total)}</dd></div>
          <div className="flex justify-between"><dt>{taxInclusive ? t("summary.taxIncluded") : t("summary.tax")}</dt><dd data-testid="order-tax">{money(order.tax_total)}</dd></div>
          <div className="flex justify-between border-t border-ink-900/10 pt-3 text-base font-semibold"><dt>{t("summary.total")}</dt><dd data-testid="order-total">{money(order.total)}</dd></div>
        </dl>
        <p data-testid="duties-note" data-duties={duties.outcome} className="mt-4 text-sm text-ink-500">
          {duties.outcome === "included" ? t("duties.included") : t("duties.dueOnDelivery")}
        </p>
      </section>
      <section aria-labelledby="ship-heading" className="mt-10 grid gap-6 sm:grid-cols-2">
        <div>
          <h2 id="ship-heading" className="font-serif text-xl">{t("review.shipTo")}</h2>
          <address className="mt-2 text-sm not-italic" data-testid="order-address">
            {address?.first_name} {address?.last_name}<br />
            {address?.address_1}{address?.address_2 ? `, ${address.address_2}` : ""}<br />
            {address?.postal_code} {address?.city}<br />
            {address?.country_code?.toUpperCase()}
          </address>
        </div>
        <div>
          <h2 className="font-serif text-xl">{t("review.delivery")}</h2>
          <p className="mt-2 text-sm">{order.shipping_methods?.map((m) => m.name).join(", ")}</p>
        </div>
        {consignee && (
          <div className="sm:col-span-2">
            <h2 className="font-serif text-xl">{t("review.business")}</h2>
            <p className="mt-2 text-sm" data-testid="order-business">{consigneeText(consignee, (type) => t(`business.taxIds.${type}.label`))}</p>
          </div>
        )}
      </section>
      <div className="mt-10 flex flex-wrap gap-3">
        {customer && <Link href={`/${countryCode}/account/orders/${order.id}`} className="inline-flex min-h-12 items-center rounded-full border border-ink-900 px-6 font-semibold">{t("confirmed.viewInAccount")}</Link>}
        <Link href={`/${countryCode}/store`} className="inline-flex min-h-12 items-center rounded-full bg-ink-900 px-6 font-semibold text-sand-50">{t("confirmed.continue")}</Link>
      </div>
    </div>
  )
}
