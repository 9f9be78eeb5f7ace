import Image from "next/image"
import Link from "next/link"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { requireCustomer } from "@/lib/data/customer"
import { listOrderDocuments, listReturnOptions, listReturnReasons, retrieveCustomerOrder, returnableQuantity, returnedQuantity, shipmentsOf } from "@/lib/data/orders"
import { formatMoney } from "@/lib/util/money"
import { OrderStatus } from "@/modules/account/order-status"
import { accountMetadata, formatDate } from "@/modules/account/page-meta"
import { ReturnForm, type ReasonView } from "@/modules/account/return-form"
import { BUILT_IN_RETURN_REASON_CODES } from "@/modules/account/return-reasons"

export const dynamic = "force-dynamic"

export async function generateMetadata() {
  return accountMetadata("order.metaTitle")
}

export default async function OrderPage({ params }: { params: Promise<{ locale: string; countryCode: string; id: string }> }) {
  const { locale, countryCode, id } = await params
  setRequestLocale(locale)
  await requireCustomer(countryCode, `/${countryCode}/account/orders/${encodeURIComponent(id)}`)
  // Only her own order: retrieveCustomerOrder compares the order's customer with the session's.
  const order = await retrieveCustomerOrder(id)
  if (!order) notFound()
  const t = await getTranslations("account")

  const money = (amount: number | null | undefined) => formatMoney(amount, order.currency_code, locale)
  const items = [...(order.items ?? [])].sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)))
  const taxInclusive = items.some((i) => i.is_tax_inclusive)
  const address = order.shipping_address
  const shipments = shipmentsOf(order)
  const returnable = order.status === "canceled" ? [] : items.filter((i) => returnableQuantity(i) > 0)
  const delivered = items.some((i) => ((i as { detail?: { delivered_quantity?: number } }).detail?.delivered_quantity ?? 0) > 0)

  // Return options also tell the delivery method apart from the return shipments added to the order later.
  const [returnOptions, backendReasons, documents] = await Promise.all([
    listReturnOptions(order.cart?.id),
    returnable.length > 0 ? listReturnReasons() : Promise.resolve([]),
    listOrderDocuments(order.id),
  ])
  const returnOptionIds = new Set(returnOptions.map((o) => o.id))
  const deliveryMethods = (order.shipping_methods ?? []).filter((m) => !m.shipping_option_id || !returnOptionIds.has(m.shipping_option_id))

  const reasons: ReasonView[] = backendReasons.length
    ? backendReasons.map((r) => ({ value: r.id, label: r.label }))
    : BUILT_IN_RETURN_REASON_CODES.map((code) => ({ value: code, label: t(`returns.reasons.${code}`) }))
  const returnSection = (
    <ReturnForm
      orderId={order.id}
      email={order.email ?? ""}
      items={returnable.map((i) => ({ id: i.id, title: i.product_title ?? i.title, variant: i.variant_title ?? "", returnable: returnableQuantity(i) }))}
      options={returnOptions.map((o) => ({
        id: o.id,
        label: o.amount === null ? o.name : `${o.name} — ${o.amount === 0 ? t("returns.free") : money(o.amount)}`,
      }))}
      reasons={reasons}
      emptyMessage={delivered ? t("returns.nothingLeft") : t("returns.notYet")}
    />
  )

  return (
    <div className="space-y-10">
      <header>
        <Link href={`/${countryCode}/account/orders`} className="inline-flex min-h-11 items-center text-sm font-semibold text-lotus-700 underline underline-offset-4">
          ← {t("orders.back")}
        </Link>
        <h1 className="mt-2 text-4xl font-semibold" data-testid="order-title">{t("orders.number", { number: order.display_id ?? "" })}</h1>
        <p className="mt-2 text-ink-700">{t("orders.placed", { date: formatDate(order.created_at, locale) })}</p>
        <div className="mt-4">
          <OrderStatus status={order.status} paymentStatus={order.payment_status} fulfillmentStatus={order.fulfillment_status} />
        </div>
      </header>

      <section aria-labelledby="order-items">
        <h2 id="order-items" className="font-serif text-2xl">{t("order.items")}</h2>
        <ul className="mt-4 divide-y divide-ink-900/10 border-y border-ink-900/10">
          {items.map((item) => {
            const inReturn = returnedQuantity(item)
            return (
              <li key={item.id} data-testid="order-line" className="flex gap-4 py-4">
                <div className="relative h-20 w-16 shrink-0 overflow-hidden rounded-lg bg-sand-100">
                  {item.thumbnail && <Image src={item.thumbnail} alt="" fill sizes="64px" className="object-cover" />}
                </div>
                <div className="flex flex-1 flex-wrap justify-between gap-2 text-sm">
                  <div>
                    <p className="font-semibold">
                      {item.product_handle ? <Link href={`/${countryCode}/products/${item.product_handle}`} className="hover:text-lotus-700">{item.product_title}</Link> : item.product_title}
                    </p>
                    <p className="text-ink-500">{item.variant_title}</p>
                    <p className="text-ink-500">{t("order.quantity", { count: item.quantity })} · {money(item.unit_price)}</p>
                    {inReturn > 0 && <p className="mt-1 font-semibold text-saffron-700">{t("order.inReturn", { count: inReturn })}</p>}
                  </div>
                  <p className="font-semibold">{money(item.total)}</p>
                </div>
              </li>
            )
          })}
        </ul>
        <dl className="ml-auto mt-4 max-w-sm space-y-2 text-sm">
          <div className="flex justify-between"><dt>{t("order.itemsTotal")}</dt><dd data-testid="order-items-total">{money(order.item_total)}</dd></div>
          {(order.discount_total ?? 0) > 0 && <div className="flex justify-between text-jade-700"><dt>{t("order.discount")}</dt><dd>−{money(order.discount_total)}</dd></div>}
          <div className="flex justify-between"><dt>{t("order.shipping")}</dt><dd data-testid="order-shipping">{money(order.shipping_total)}</dd></div>
          <div className="flex justify-between"><dt>{taxInclusive ? t("order.taxIncluded") : t("order.tax")}</dt><dd data-testid="order-tax">{money(order.tax_total)}</dd></div>
          <div className="flex justify-between border-t border-ink-900/10 pt-2 text-base font-semibold"><dt>{t("order.total")}</dt><dd data-testid="order-total">{money(order.total)}</dd></div>
        </dl>
        <p data-testid="order-tax-note" className="ml-auto mt-3 max-w-sm text-xs text-ink-500">
          {taxInclusive ? t("order.taxIncludedNote", { amount: money(order.tax_total) }) : t("order.taxExcludedNote")}
        </p>
      </section>

      <section aria-labelledby="order-delivery" className="grid gap-6 sm:grid-cols-2">
        <div>
          <h2 id="order-delivery" className="font-serif text-xl">{t("order.shipTo")}</h2>
          {address ? (
            <address className="mt-2 text-sm not-italic" data-testid="order-address">
              {address.first_name} {address.last_name}<br />
              {address.company && <>{address.company}<br /></>}
              {address.address_1}{address.address_2 ? `, ${address.address_2}` : ""}<br />
              {[address.postal_code, address.city].filter(Boolean).join(" ")}{address.province ? `, ${address.province}` : ""}<br />
              {address.country_code?.toUpperCase()}
            </address>
          ) : null}
        </div>
        <div>
          <h2 className="font-serif text-xl">{t("order.method")}</h2>
          <p className="mt-2 text-sm" data-testid="order-method">{deliveryMethods.map((m) => m.name).join(", ")}</p>
        </div>
      </section>

      <section aria-labelledby="order-tracking">
        <h2 id="order-tracking" className="font-serif text-2xl">{t("order.tracking")}</h2>
        {shipments.length === 0 ? (
          <p className="mt-3 text-sm text-ink-700" data-testid="order-not-shipped">{t("order.notShipped")}</p>
        ) : (
          <ul className="mt-4 space-y-4">
            {shipments.map((s, index) => (
              <li key={s.id} data-testid="shipment" className="rounded-2xl border border-ink-900/10 bg-white/70 p-5 text-sm">
                <h3 className="font-semibold">{t("order.parcel", { number: index + 1 })}</h3>
                <p className="mt-1 text-ink-700">
                  {s.deliveredAt ? t("order.deliveredOn", { date: formatDate(s.deliveredAt, locale) }) : t("order.shippedOn", { date: formatDate(s.shippedAt, locale) })}
                </p>
                <dl className="mt-3 space-y-1">
                  {s.carrier && <div className="flex gap-2"><dt className="font-semibold">{t("order.carrier")}</dt><dd data-testid="shipment-carrier">{s.carrier}</dd></div>}
                  {s.tracking.map((label, i) => (
                    <div key={i} className="flex flex-wrap items-center gap-2">
                      <dt className="font-semibold">{t("order.trackingNumber")}</dt>
                      <dd data-testid="shipment-tracking-number">{label.number ?? "—"}</dd>
                      {label.url && (
                        <dd>
                          <a href={label.url} target="_blank" rel="noopener noreferrer" data-testid="shipment-tracking-link"
                            className="inline-flex min-h-11 items-center font-semibold text-lotus-700 underline underline-offset-4">
                            {t("order.track")}<span className="sr-only"> {t("order.trackHint", { number: label.number ?? "", carrier: s.carrier ?? "" })}</span>
                          </a>
                        </dd>
                      )}
                    </div>
                  ))}
                </dl>
                {s.tracking.length === 0 && <p className="mt-2 text-ink-500">{t("order.noTracking")}</p>}
              </li>
            ))}
          </ul>
        )}
      </section>

      {documents.length > 0 && (
        <section aria-labelledby="order-documents">
          <h2 id="order-documents" className="font-serif text-2xl">{t("order.documents")}</h2>
          <p className="mt-2 text-sm text-ink-700">{t("order.documentsLead")}</p>
          <ul className="mt-3 space-y-2">
            {documents.map((d) => (
              <li key={d.number}>
                <a
                  href={`/${countryCode}/account/orders/${encodeURIComponent(order.id)}/commercial-invoice`}
                  download
                  data-testid="commercial-invoice-link"
                  className="inline-flex min-h-11 items-center font-semibold text-lotus-700 underline underline-offset-4"
                >
                  {t("order.commercialInvoice", { number: d.number })}
                </a>
                <span className="ml-2 text-sm text-ink-500">{t("order.issuedOn", { date: formatDate(d.issued_at, locale) })} · PDF</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="order-returns" className="rounded-2xl border border-ink-900/10 bg-white/70 p-6">
        <h2 id="order-returns" className="font-serif text-2xl">{t("returns.title")}</h2>
        <p className="mt-2 text-sm text-ink-700">{t("returns.lead")}</p>
        <div className="mt-5">{returnSection}</div>
      </section>
    </div>
  )
}
