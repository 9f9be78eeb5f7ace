import type { Metadata } from "next"
import Link from "next/link"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { listFacilities } from "@/lib/data/makers"
import { langIfOther, localize } from "@/modules/makers/localize"
import { MakerImage } from "@/modules/makers/maker-image"

export const revalidate = 3600

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("facilities")
  return { title: t("title"), description: t("lead") }
}

export default async function FacilitiesPage({ params }: { params: Promise<{ locale: string; countryCode: string }> }) {
  const { locale, countryCode } = await params
  setRequestLocale(locale)
  const [t, facilities] = await Promise.all([getTranslations("facilities"), listFacilities()])
  return (
    <div className="mx-auto max-w-7xl px-4 py-14 sm:px-6">
      <header className="max-w-3xl">
        <h1 className="text-4xl font-semibold sm:text-5xl">{t("title")}</h1>
        <p className="mt-6 text-xl leading-relaxed text-ink-700">{t("lead")}</p>
      </header>
      <div className="ikat-rule my-10 w-24" aria-hidden="true" />
      {facilities.length === 0 && <p className="text-lg text-ink-700">{t("empty")}</p>}
      <ul className="grid gap-8 md:grid-cols-3">
        {facilities.map((f) => {
          const makes = localize(f.makes, locale)
          return (
            <li key={f.handle}>
              <article data-testid="facility-card" data-handle={f.handle} className="group relative h-full rounded-2xl border border-ink-900/10 bg-white/60">
                <MakerImage image={f.image} locale={locale} sizes="(min-width: 768px) 30vw, 100vw" className="aspect-[16/10] rounded-t-2xl" />
                <div className="p-6">
                  <h2 className="font-serif text-2xl leading-snug group-hover:text-lotus-700">
                    <Link href={`/${countryCode}/facilities/${f.handle}`} className="after:absolute after:inset-0 after:rounded-2xl">{f.name}</Link>
                  </h2>
                  <p className="mt-1 text-sm text-ink-500">{f.region_label}</p>
                  {makes.text && <p className="mt-4 text-ink-700" lang={langIfOther(makes.lang, locale)}>{makes.text}</p>}
                </div>
              </article>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
