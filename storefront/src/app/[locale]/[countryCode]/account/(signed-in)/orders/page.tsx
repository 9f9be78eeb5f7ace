import Link from "next/link"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { requireCustomer } from "@/lib/data/customer"
import { listCustomerOrders } from "@/lib/data/orders"
import { formatMoney } from "@/lib/util/money"
import { OrderStatus } from "@/modules/account/order-status"
import { accountMetadata, formatDate } from "@/modules/account/page-meta"

export const dynamic = "force-dynamic"

const PER_PAGE = 10

export async function generateMetadata() {
  return accountMetadata("orders.title")
}

export default async function OrdersPage({ params, searchParams }: {
  params: Promise<{ locale: string; countryCode: string }>
  searchParams: Promise<{ page?: string | string[] }>
}) {
  const { locale, countryCode } = await params
  setRequestLocale(locale)
  const base = `/${countryCode}/account/orders`
  await requireCustomer(countryCode, base)
  const requested = Number((await searchParams).page)
  const page = Number.isInteger(requested) && requested > 1 && requested < 10_000 ? requested : 1
  const [t, { orders, count }] = await Promise.all([
    getTranslations("account"),
    listCustomerOrders({ limit: PER_PAGE, offset: (page - 1) * PER_PAGE }),
  ])
  const pages = Math.max(1, Math.ceil(count / PER_PAGE))
  const pager = "inline-flex min-h-11 items-center rounded-full border border-ink-900/20 px-5 text-sm font-semibold hover:border-ink-900/50"

  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-4xl font-semibold">{t("orders.title")}</h1>
        <p className="mt-3 text-ink-700">{t("orders.lead")}</p>
      </header>
      {orders.length === 0 ? (
        <div className="rounded-2xl bg-sand-100 p-8">
          <p data-testid="orders-empty" className="text-lg">{t("orders.empty")}</p>
          <Link href={`/${countryCode}/store`} className="mt-6 inline-flex min-h-12 items-center rounded-full bg-ink-900 px-6 font-semibold text-sand-50 hover:bg-ink-700">{t("orders.shop")}</Link>
        </div>
      ) : (
        <ul className="space-y-4" data-testid="order-list">
          {orders.map((order) => {
            const items = (order.items ?? []).reduce((n, i) => n + i.quantity, 0)
            const number = order.display_id ?? ""
            return (
              <li key={order.id} data-testid="order-row" data-order-id={order.id} className="rounded-2xl border border-ink-900/10 bg-white/70 p-5">
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <div>
                    <h2 className="font-serif text-xl">{t("orders.number", { number })}</h2>
                    <p className="text-sm text-ink-500">{t("orders.placed", { date: formatDate(order.created_at, locale) })} · {t("orders.items", { count: items })}</p>
                  </div>
                  <p className="text-lg font-semibold">{formatMoney(order.total, order.currency_code, locale)}</p>
                </div>
                <div className="mt-3 flex flex-wrap items-center justify-between gap-3">
                  <OrderStatus status={order.status} paymentStatus={order.payment_status} fulfillmentStatus={order.fulfillment_status} />
                  <Link href={`${base}/${order.id}`} aria-label={t("orders.viewLabel", { number })} className={pager}>{t("orders.view")}</Link>
                </div>
              </li>
            )
          })}
        </ul>
      )}
      {pages > 1 && (
        <nav aria-label={t("orders.pagination")} className="flex flex-wrap items-center gap-4">
          {page > 1 && <Link href={`${base}?page=${page - 1}`} rel="prev" className={pager}>{t("orders.newer")}</Link>}
          <span className="text-sm text-ink-500">{t("orders.page", { page, count: pages })}</span>
          {page < pages && <Link href={`${base}?page=${page + 1}`} rel="next" className={pager}>{t("orders.older")}</Link>}
        </nav>
      )}
    </div>
  )
}
