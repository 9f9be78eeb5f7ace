import { setRequestLocale } from "next-intl/server"
import { Footer } from "@/modules/layout/footer"
import { Header } from "@/modules/layout/header"

/** Countries are not known at build time: pages render on first request, then come from cache. */
export function generateStaticParams() {
  return []
}

export default async function CountryLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string; countryCode: string }> }) {
  const { locale, countryCode } = await params
  setRequestLocale(locale)
  return (
    <>
      <Header countryCode={countryCode} />
      <main id="main" className="flex-1">{children}</main>
      <Footer countryCode={countryCode} />
    </>
  )
}
