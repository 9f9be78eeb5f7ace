import Link from "next/link"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { requireCustomer, sortedAddresses } from "@/lib/data/customer"
import { listCustomerOrders } from "@/lib/data/orders"
import { formatMoney } from "@/lib/util/money"
import { OrderStatus } from "@/modules/account/order-status"
import { accountMetadata, formatDate } from "@/modules/account/page-meta"

export const dynamic = "force-dynamic"

export async function generateMetadata() {
  return accountMetadata("overview.title")
}

export default async function AccountOverviewPage({ params }: { params: Promise<{ locale: string; countryCode: string }> }) {
  const { locale, countryCode } = await params
  setRequestLocale(locale)
  const base = `/${countryCode}/account`
  const customer = await requireCustomer(countryCode, base)
  const [t, { orders, count }] = await Promise.all([
    getTranslations("account"),
    listCustomerOrders({ limit: 3 }).catch(() => ({ orders: [], count: 0 })),
  ])
  const address = sortedAddresses(customer).find((a) => a.is_default_shipping)
  const name = customer.first_name || customer.email
  const link = "inline-flex min-h-11 items-center text-sm font-semibold text-lotus-700 underline underline-offset-4"

  return (
    <div className="space-y-10">
      <header>
        <p className="text-sm font-semibold uppercase tracking-widest text-lotus-700">{t("overview.title")}</p>
        <h1 className="mt-2 text-4xl font-semibold" data-testid="account-greeting">{t("overview.greeting", { name })}</h1>
        <p className="mt-3 text-ink-700">{t("overview.lead")}</p>
      </header>

      <section aria-labelledby="latest-orders">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h2 id="latest-orders" className="font-serif text-2xl">{t("overview.latestOrders")}</h2>
          {count > 0 && <Link href={`${base}/orders`} className={link}>{t("overview.allOrders", { count })}</Link>}
        </div>
        {orders.length === 0 ? (
          <div className="mt-4 rounded-2xl bg-sand-100 p-6">
            <p data-testid="overview-no-orders">{t("orders.empty")}</p>
            <Link href={`/${countryCode}/store`} className="mt-4 inline-flex min-h-12 items-center rounded-full bg-ink-900 px-6 font-semibold text-sand-50 hover:bg-ink-700">{t("orders.shop")}</Link>
          </div>
        ) : (
          <ul className="mt-4 divide-y divide-ink-900/10 border-y border-ink-900/10">
            {orders.map((order) => (
              <li key={order.id} className="flex flex-wrap items-center justify-between gap-3 py-4">
                <div>
                  <Link href={`${base}/orders/${order.id}`} className="font-semibold hover:text-lotus-700">{t("orders.number", { number: order.display_id ?? "" })}</Link>
                  <p className="text-sm text-ink-500">{t("orders.placed", { date: formatDate(order.created_at, locale) })}</p>
                </div>
                <OrderStatus status={order.status} paymentStatus={order.payment_status} fulfillmentStatus={order.fulfillment_status} />
                <p className="font-semibold">{formatMoney(order.total, order.currency_code, locale)}</p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <div className="grid gap-6 sm:grid-cols-2">
        <section aria-labelledby="overview-details" className="rounded-2xl border border-ink-900/10 bg-white/70 p-6">
          <h2 id="overview-details" className="font-serif text-xl">{t("overview.details")}</h2>
          <p className="mt-3 text-sm">{[customer.first_name, customer.last_name].filter(Boolean).join(" ")}</p>
          <p className="text-sm text-ink-700">{customer.email}</p>
          {customer.phone && <p className="text-sm text-ink-700">{customer.phone}</p>}
          <Link href={`${base}/profile`} className={`mt-3 ${link}`}>{t("overview.editProfile")}</Link>
        </section>
        <section aria-labelledby="overview-address" className="rounded-2xl border border-ink-900/10 bg-white/70 p-6">
          <h2 id="overview-address" className="font-serif text-xl">{t("overview.defaultAddress")}</h2>
          {address ? (
            <address className="mt-3 text-sm not-italic">
              {address.first_name} {address.last_name}<br />
              {address.address_1}{address.address_2 ? `, ${address.address_2}` : ""}<br />
              {[address.postal_code, address.city].filter(Boolean).join(" ")}<br />
              {address.country_code?.toUpperCase()}
            </address>
          ) : (
            <p className="mt-3 text-sm text-ink-700">{t("overview.noAddress")}</p>
          )}
          <Link href={`${base}/addresses`} className={`mt-3 ${link}`}>{t("overview.manageAddresses")}</Link>
        </section>
      </div>
    </div>
  )
}
