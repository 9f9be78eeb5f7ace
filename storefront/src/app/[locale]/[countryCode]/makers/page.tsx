import type { Metadata } from "next"
import Link from "next/link"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { listMakers } from "@/lib/data/makers"
import { MakerCard } from "@/modules/makers/maker-card"

export const revalidate = 3600

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("makers")
  return { title: t("title"), description: t("lead") }
}

export default async function MakersPage({ params }: { params: Promise<{ locale: string; countryCode: string }> }) {
  const { locale, countryCode } = await params
  setRequestLocale(locale)
  const [t, makers] = await Promise.all([getTranslations("makers"), listMakers()])
  return (
    <div className="mx-auto max-w-7xl px-4 py-14 sm:px-6">
      <header className="max-w-3xl">
        <h1 className="text-4xl font-semibold sm:text-5xl">{t("title")}</h1>
        <p className="mt-6 text-xl leading-relaxed text-ink-700">{t("lead")}</p>
        <p className="mt-4 text-sm text-ink-500">{t("privacyNote")}</p>
      </header>
      <div className="ikat-rule my-10 w-24" aria-hidden="true" />
      {makers.length > 0 ? (
        <div className="grid grid-cols-2 gap-x-4 gap-y-10 sm:grid-cols-3 lg:grid-cols-4">
          {makers.map((m) => (
            <MakerCard key={m.handle} maker={m} countryCode={countryCode} locale={locale} />
          ))}
        </div>
      ) : (
        <p className="text-lg text-ink-700">{t("empty")}</p>
      )}
      <p className="mt-14 flex flex-wrap gap-x-6 gap-y-2 text-sm font-semibold">
        <Link href={`/${countryCode}/facilities`} className="text-lotus-700 underline-offset-4 hover:underline">{t("facilitiesLink")}</Link>
        <Link href={`/${countryCode}/impact`} className="text-lotus-700 underline-offset-4 hover:underline">{t("impactLink")}</Link>
      </p>
    </div>
  )
}
