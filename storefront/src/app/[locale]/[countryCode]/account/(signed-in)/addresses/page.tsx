import { getTranslations, setRequestLocale } from "next-intl/server"
import { requireCustomer, sortedAddresses } from "@/lib/data/customer"
import { listCountryChoices } from "@/lib/data/regions"
import { AddressBook, type AddressView } from "@/modules/account/address-book"
import { accountMetadata } from "@/modules/account/page-meta"

export const dynamic = "force-dynamic"

export async function generateMetadata() {
  return accountMetadata("addresses.title")
}

export default async function AddressesPage({ params }: { params: Promise<{ locale: string; countryCode: string }> }) {
  const { locale, countryCode } = await params
  setRequestLocale(locale)
  const customer = await requireCustomer(countryCode, `/${countryCode}/account/addresses`)
  const [t, choices] = await Promise.all([getTranslations("account"), listCountryChoices().catch(() => [])])
  // Only countries the store sells to, each once, by name in her language's order.
  const countries = [...new Map(choices.map((c) => [c.code, { code: c.code, name: c.name }])).values()].sort((a, b) => a.name.localeCompare(b.name, locale))
  const addresses: AddressView[] = sortedAddresses(customer).map((a) => ({
    id: a.id,
    first_name: a.first_name ?? "",
    last_name: a.last_name ?? "",
    company: a.company ?? "",
    address_1: a.address_1 ?? "",
    address_2: a.address_2 ?? "",
    city: a.city ?? "",
    province: a.province ?? "",
    postal_code: a.postal_code ?? "",
    country_code: (a.country_code ?? "").toLowerCase(),
    phone: a.phone ?? "",
    is_default_shipping: Boolean(a.is_default_shipping),
  }))
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-4xl font-semibold">{t("addresses.title")}</h1>
        <p className="mt-3 text-ink-700">{t("addresses.lead")}</p>
      </header>
      <AddressBook addresses={addresses} countries={countries} countryCode={countryCode} />
    </div>
  )
}
