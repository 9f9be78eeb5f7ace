import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"

export const revalidate = 86400

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("about")
  return { title: t("title") }
}

export default async function AboutPage({ params }: { params: Promise<{ locale: string; countryCode: string }> }) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations("about")
  const sections = [1, 2, 3, 4, 5] as const
  return (
    <article className="mx-auto max-w-3xl px-4 py-14 sm:px-6">
      <h1 className="text-4xl font-semibold sm:text-5xl">{t("title")}</h1>
      <p className="mt-6 text-xl leading-relaxed text-ink-700">{t("lead")}</p>
      <div className="ikat-rule my-10 w-24" aria-hidden="true" />
      {sections.map((n) => (
        <section key={n} className="mt-10">
          <h2 className="text-2xl font-semibold text-jade-700">{t(`p${n}Title`)}</h2>
          <p className="mt-3 text-lg leading-relaxed">{t(`p${n}`)}</p>
        </section>
      ))}
    </article>
  )
}
