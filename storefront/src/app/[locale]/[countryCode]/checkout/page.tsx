import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { STRIPE_PUBLISHABLE_KEY } from "@/lib/config"
import { retrieveCart } from "@/lib/data/cart"
import { listPaymentProviderIds, listShippingChoices } from "@/lib/data/checkout"
import { retrieveCustomer } from "@/lib/data/customer"
import type { AddressInput } from "@/lib/util/checkout-details"
import { CheckoutFlow, type PaymentMode, type Step } from "@/modules/checkout/checkout-flow"
import { OrderSummary } from "@/modules/checkout/order-summary"

/** Per visitor, never cached; served with a strict Content-Security-Policy (see proxy.ts). */
export const dynamic = "force-dynamic"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("checkout")
  return { title: t("title"), robots: { index: false } }
}

const RETURN_ERRORS = new Set(["paymentFailed", "authenticationFailed", "paymentNotCompleted", "placeFailed", "stillProcessing"])

function addressOf(a: Partial<Record<keyof AddressInput, string | null>> | null | undefined): AddressInput {
  const pick = (k: keyof AddressInput) => a?.[k] ?? ""
  return {
    first_name: pick("first_name"), last_name: pick("last_name"), company: pick("company"), address_1: pick("address_1"),
    address_2: pick("address_2"), city: pick("city"), province: pick("province"), postal_code: pick("postal_code"),
    country_code: pick("country_code"), phone: pick("phone"),
  }
}

export default async function CheckoutPage({ params, searchParams }: {
  params: Promise<{ locale: string; countryCode: string }>
  searchParams: Promise<{ error?: string }>
}) {
  const { locale, countryCode } = await params
  setRequestLocale(locale)
  const [t, cart, customer, query] = await Promise.all([getTranslations("checkout"), retrieveCart(), retrieveCustomer(), searchParams])
  if (!cart || !cart.items?.length) redirect(`/${countryCode}/cart`)

  const countries = (cart.region?.countries ?? [])
    .map((c) => ({ code: c.iso_2 ?? "", name: c.display_name ?? c.name ?? c.iso_2 ?? "" }))
    .filter((c) => c.code)
    .sort((a, b) => a.name.localeCompare(b.name, locale))
  const shipping = cart.shipping_address?.address_1
    ? addressOf(cart.shipping_address)
    : { ...addressOf(customer?.addresses?.find((a) => a.is_default_shipping) ?? null), country_code: cart.shipping_address?.country_code || (countries.some((c) => c.code === countryCode) ? countryCode : "") }
  const hasDetails = Boolean(cart.email && cart.shipping_address?.address_1)
  const [shippingChoices, providers] = await Promise.all([
    hasDetails ? listShippingChoices(cart.id).catch(() => []) : Promise.resolve([]),
    listPaymentProviderIds(cart.region_id!).catch(() => [] as string[]),
  ])
  const paymentMode: PaymentMode = providers.includes("pp_stripe_stripe") && STRIPE_PUBLISHABLE_KEY ? "stripe" : providers.includes("pp_system_default") ? "test" : "none"
  const chosenShippingId = cart.shipping_methods?.[0]?.shipping_option_id ?? null
  const initialStep: Step = !hasDetails ? "details" : "delivery"
  const savedAddresses = (customer?.addresses ?? [])
    .filter((a) => countries.some((c) => c.code === a.country_code))
    .map((a) => ({ ...addressOf(a), id: a.id, label: [a.address_name, a.address_1, a.city].filter(Boolean).join(", ") }))

  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
      <h1 className="text-4xl font-semibold">{t("title")}</h1>
      <div className="mt-8 grid gap-10 lg:grid-cols-[1fr_24rem]">
        <CheckoutFlow
          countryCode={countryCode}
          locale={locale}
          initialStep={initialStep}
          email={cart.email ?? customer?.email ?? ""}
          shipping={shipping}
          savedAddresses={savedAddresses}
          countries={countries}
          shippingChoices={shippingChoices}
          chosenShippingId={chosenShippingId}
          currency={cart.currency_code}
          paymentMode={paymentMode}
          stripeKey={paymentMode === "stripe" ? STRIPE_PUBLISHABLE_KEY ?? null : null}
          returnError={query.error && RETURN_ERRORS.has(query.error) ? query.error : null}
          signedIn={Boolean(customer)}
        />
        <OrderSummary cart={cart} locale={locale} countryCode={countryCode} />
      </div>
    </div>
  )
}
