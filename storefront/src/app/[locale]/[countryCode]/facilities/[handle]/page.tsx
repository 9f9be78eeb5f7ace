import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { getFacility } from "@/lib/data/makers"
import { ImpactCharts, ImpactSummary } from "@/modules/makers/impact-charts"
import { langIfOther, localize } from "@/modules/makers/localize"
import { MakerCard } from "@/modules/makers/maker-card"
import { MakerImage } from "@/modules/makers/maker-image"

type Params = Promise<{ locale: string; countryCode: string; handle: string }>

export const revalidate = 3600

export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { handle } = await params
  const facility = await getFacility(handle)
  return facility ? { title: facility.name } : {}
}

export default async function FacilityPage({ params }: { params: Params }) {
  const { locale, countryCode, handle } = await params
  setRequestLocale(locale)
  const facility = await getFacility(handle)
  if (!facility) notFound()
  const [t, tn] = await Promise.all([getTranslations("facilities"), getTranslations("nav")])
  const base = `/${countryCode}`
  const story = localize(facility.story, locale)
  const makes = localize(facility.makes, locale)

  return (
    <div className="mx-auto max-w-7xl px-4 py-10 sm:px-6">
      <nav aria-label={tn("breadcrumb")} className="mb-6 text-sm text-ink-500">
        <Link href={`${base}/facilities`} className="hover:underline">{t("title")}</Link>
        {" / "}
        <span aria-current="page">{facility.name}</span>
      </nav>
      <div className={`grid gap-10 ${facility.image ? "lg:grid-cols-2 lg:gap-16" : ""}`}>
        <div className="max-w-3xl">
          <p className="text-xs font-semibold uppercase tracking-[0.3em] text-lotus-700">{facility.region_label}</p>
          <h1 className="mt-2 text-4xl font-semibold leading-tight sm:text-5xl">{facility.name}</h1>
          {story.text && (
            <p data-testid="facility-story" className="mt-6 text-lg leading-relaxed text-ink-700" lang={langIfOther(story.lang, locale)}>{story.text}</p>
          )}
          {makes.text && (
            <section aria-labelledby="facility-makes" className="mt-8 rounded-2xl border border-ink-900/10 bg-white/60 p-6">
              <h2 id="facility-makes" className="text-xl font-semibold">{t("makes")}</h2>
              <p className="mt-2 text-ink-700" lang={langIfOther(makes.lang, locale)}>{makes.text}</p>
            </section>
          )}
        </div>
        {facility.image && (
          <MakerImage image={facility.image} locale={locale} priority sizes="(min-width: 1024px) 45vw, 100vw" className="aspect-[4/3] rounded-[2rem]" />
        )}
      </div>

      {facility.teams.length > 0 && (
        <section aria-labelledby="facility-teams" className="mt-16">
          <h2 id="facility-teams" className="text-3xl font-semibold">{t("teams")}</h2>
          <ul className="mt-6 grid gap-6 md:grid-cols-2">
            {facility.teams.map((team) => {
              const name = localize(team.name, locale)
              const description = localize(team.description, locale)
              return (
                <li key={team.handle} id={`team-${team.handle}`} data-testid="facility-team" className="rounded-2xl border border-ink-900/10 bg-white/60 p-6">
                  <h3 className="font-serif text-xl" lang={langIfOther(name.lang, locale)}>{name.text}</h3>
                  {description.text && <p className="mt-2 text-ink-700" lang={langIfOther(description.lang, locale)}>{description.text}</p>}
                </li>
              )
            })}
          </ul>
        </section>
      )}

      <section aria-labelledby="facility-makers" className="mt-16">
        <h2 id="facility-makers" className="text-3xl font-semibold">{t("makers")}</h2>
        {facility.makers.length > 0 ? (
          <div className="mt-6 grid grid-cols-2 gap-x-4 gap-y-10 sm:grid-cols-3 lg:grid-cols-4">
            {facility.makers.map((m) => (
              <MakerCard key={m.handle} maker={m} countryCode={countryCode} locale={locale} showFacility={false} />
            ))}
          </div>
        ) : (
          <p className="mt-4 text-ink-700">{t("noMakers")}</p>
        )}
      </section>

      {facility.impact.length > 0 && (
        <section aria-labelledby="facility-impact" className="mt-16">
          <h2 id="facility-impact" className="text-3xl font-semibold">{t("impact")}</h2>
          <p className="mt-2 max-w-3xl text-ink-700">{t("impactNote")}</p>
          <div className="mt-6 space-y-8">
            <ImpactSummary figures={facility.impact} locale={locale} headingLevel={3} />
            <ImpactCharts figures={facility.impact} locale={locale} idPrefix={`impact-${facility.handle}`} />
          </div>
          <p className="mt-6 text-sm font-semibold">
            <Link href={`${base}/impact`} className="text-lotus-700 underline-offset-4 hover:underline">{t("allImpact")}</Link>
          </p>
        </section>
      )}
    </div>
  )
}
