import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { listCountryChoices, type CountryChoice } from "@/lib/data/regions"
import { AccountLink } from "@/modules/account/account-link"
import { CartBadge } from "./cart-badge"
import { CountrySelect } from "./country-select"
import { LocaleSwitch } from "./locale-switch"

export async function Header({ countryCode }: { countryCode: string }) {
  const t = await getTranslations("nav")
  const countries: CountryChoice[] = await listCountryChoices().catch(() => [])
  const base = `/${countryCode}`
  return (
    <header className="border-b border-ink-900/10 bg-sand-50/95">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2">
        {t("skip")}
      </a>
      <div className="ikat-rule" aria-hidden="true" />
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-4 sm:px-6">
        <Link href={base} aria-label={t("home")} className="mr-auto flex flex-col leading-none">
          <span className="font-serif text-2xl font-semibold tracking-tight text-ink-900">AFESIP</span>
          <span className="text-[0.7rem] font-semibold uppercase tracking-[0.3em] text-lotus-700">Fair Fashion</span>
        </Link>
        <nav aria-label={t("menu")} className="order-3 flex w-full flex-wrap gap-x-5 text-sm font-semibold sm:order-none sm:w-auto lg:gap-x-6">
          <Link data-testid="nav-store" href={`${base}/store`} className="py-2 hover:text-lotus-700">{t("store")}</Link>
          <Link data-testid="nav-collections" href={`${base}/store?collection=mekong-silk`} className="py-2 hover:text-lotus-700">{t("collections")}</Link>
          <Link data-testid="nav-makers" href={`${base}/makers`} className="py-2 hover:text-lotus-700">{t("makers")}</Link>
          <Link data-testid="nav-impact" href={`${base}/impact`} className="py-2 hover:text-lotus-700">{t("impact")}</Link>
          <Link data-testid="nav-about" href={`${base}/about`} className="py-2 hover:text-lotus-700">{t("about")}</Link>
        </nav>
        <form role="search" action={`${base}/store`} className="order-4 flex w-full sm:order-none sm:w-auto">
          <label htmlFor="site-search" className="sr-only">{t("search")}</label>
          <input
            id="site-search"
            name="q"
            type="search"
            data-testid="search-input"
            placeholder={t("searchPlaceholder")}
            className="min-h-11 w-full rounded-full border border-ink-900/15 bg-white/70 px-4 text-sm placeholder:text-ink-500 sm:w-56 lg:w-44 xl:w-56"
          />
          <button type="submit" className="sr-only">{t("searchSubmit")}</button>
        </form>
        <div className="ml-auto flex items-center gap-3">
          {countries.length > 0 && <CountrySelect countries={countries} current={countryCode} />}
          <LocaleSwitch />
          <AccountLink countryCode={countryCode} />
          <CartBadge countryCode={countryCode} />
        </div>
      </div>
    </header>
  )
}
