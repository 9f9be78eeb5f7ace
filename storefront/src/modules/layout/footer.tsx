import Link from "next/link"
import { getTranslations } from "next-intl/server"

export async function Footer({ countryCode }: { countryCode: string }) {
  const t = await getTranslations("footer")
  return (
    <footer className="mt-24 bg-ink-900 text-sand-100">
      <div className="ikat-rule" aria-hidden="true" />
      <div className="mx-auto grid max-w-7xl gap-8 px-4 py-12 sm:grid-cols-3 sm:px-6">
        <div>
          <p className="font-serif text-2xl">AFESIP Fair Fashion</p>
          <p className="mt-3 max-w-xs text-sm text-sand-200">{t("tagline")}</p>
        </div>
        <ul className="space-y-2 text-sm">
          <li><Link href={`/${countryCode}/store`} className="underline-offset-4 hover:underline">{t("shop")}</Link></li>
          <li><Link href={`/${countryCode}/makers`} className="underline-offset-4 hover:underline">{t("makers")}</Link></li>
          <li><Link href={`/${countryCode}/facilities`} className="underline-offset-4 hover:underline">{t("facilities")}</Link></li>
          <li><Link href={`/${countryCode}/impact`} className="underline-offset-4 hover:underline">{t("impact")}</Link></li>
          <li><Link href={`/${countryCode}/about`} className="underline-offset-4 hover:underline">{t("about")}</Link></li>
        </ul>
        <div className="text-sm text-sand-200">
          <p className="font-semibold text-saffron-500">{t("madeIn")}</p>
          <p className="mt-2">{t("privacy")}</p>
          <p className="mt-6">{t("rights", { year: 2026 })}</p>
        </div>
      </div>
    </footer>
  )
}
