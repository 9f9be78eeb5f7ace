import type { Metadata } from "next"
import Link from "next/link"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { listImpact } from "@/lib/data/makers"
import { ImpactCharts, ImpactSummary, ImpactTable } from "@/modules/makers/impact-charts"

export const revalidate = 3600

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("impact")
  return { title: t("title"), description: t("lead") }
}

/** Aggregate figures per facility and period; there are no figures about one person. */
export default async function ImpactPage({ params }: { params: Promise<{ locale: string; countryCode: string }> }) {
  const { locale, countryCode } = await params
  setRequestLocale(locale)
  const [t, figures] = await Promise.all([getTranslations("impact"), listImpact()])
  return (
    <div className="mx-auto max-w-7xl px-4 py-14 sm:px-6">
      <header className="max-w-3xl">
        <h1 className="text-4xl font-semibold sm:text-5xl">{t("title")}</h1>
        <p className="mt-6 text-xl leading-relaxed text-ink-700">{t("lead")}</p>
        <p className="mt-4 text-sm text-ink-500">{t("aggregateNote")}</p>
      </header>
      <div className="ikat-rule my-10 w-24" aria-hidden="true" />
      {figures.length === 0 ? (
        <p className="text-lg text-ink-700">{t("empty")}</p>
      ) : (
        <div className="space-y-14">
          <ImpactSummary figures={figures} locale={locale} />
          <section aria-labelledby="impact-charts">
            <h2 id="impact-charts" className="text-2xl font-semibold">{t("chartsTitle")}</h2>
            <div className="mt-6">
              <ImpactCharts figures={figures} locale={locale} />
            </div>
          </section>
          <section aria-labelledby="impact-all">
            <h2 id="impact-all" className="text-2xl font-semibold">{t("allFigures")}</h2>
            <p className="mt-2 max-w-3xl text-ink-700">{t("allFiguresText")}</p>
            <div className="mt-6">
              <ImpactTable figures={figures} locale={locale} />
            </div>
          </section>
        </div>
      )}
      <p className="mt-14 flex flex-wrap gap-x-6 gap-y-2 text-sm font-semibold">
        <Link href={`/${countryCode}/facilities`} className="text-lotus-700 underline-offset-4 hover:underline">{t("facilitiesLink")}</Link>
        <Link href={`/${countryCode}/makers`} className="text-lotus-700 underline-offset-4 hover:underline">{t("makersLink")}</Link>
      </p>
    </div>
  )
}
