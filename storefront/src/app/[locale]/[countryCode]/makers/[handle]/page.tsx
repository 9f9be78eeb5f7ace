import type { Metadata } from "next"
import Image from "next/image"
import Link from "next/link"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { getMaker } from "@/lib/data/makers"
import { langIfOther, localize, tr } from "@/modules/makers/localize"
import { MakerImage } from "@/modules/makers/maker-image"

type Params = Promise<{ locale: string; countryCode: string; handle: string }>

export const revalidate = 3600

export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, handle } = await params
  const maker = await getMaker(handle, locale)
  return maker ? { title: `${maker.display_name} — ${tr(maker.role, locale)}` } : {}
}

/** Her page shows exactly the fields the Store API returned for her — nothing more. */
export default async function MakerPage({ params }: { params: Params }) {
  const { locale, countryCode, handle } = await params
  setRequestLocale(locale)
  const maker = await getMaker(handle, locale)
  if (!maker) notFound()
  const [t, tn] = await Promise.all([getTranslations("makers"), getTranslations("nav")])
  const base = `/${countryCode}`
  const role = localize(maker.role, locale)
  const story = maker.story ? localize(maker.story, locale) : null
  const skills = maker.skills.map((s) => localize(s, locale)).filter((s) => s.text)
  const team = maker.team ? localize(maker.team.name, locale) : null

  return (
    <article className="mx-auto max-w-7xl px-4 py-10 sm:px-6">
      <nav aria-label={tn("breadcrumb")} className="mb-6 text-sm text-ink-500">
        <Link href={`${base}/makers`} className="hover:underline">{t("title")}</Link>
        {" / "}
        <span aria-current="page">{maker.display_name}</span>
      </nav>
      <div className={`grid gap-10 ${maker.image ? "lg:grid-cols-[2fr_3fr] lg:gap-16" : ""}`}>
        {maker.image && (
          <MakerImage image={maker.image} locale={locale} priority sizes="(min-width: 1024px) 40vw, 100vw" className="aspect-square rounded-[2rem]" />
        )}
        <div className="max-w-3xl">
          <p className="text-xs font-semibold uppercase tracking-[0.3em] text-lotus-700" lang={langIfOther(role.lang, locale)}>{role.text}</p>
          <h1 data-testid="maker-name" className="mt-2 text-4xl font-semibold leading-tight sm:text-5xl">{maker.display_name}</h1>
          <dl className="mt-6 grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[9rem_1fr]">
            <dt className="font-semibold">{t("facility")}</dt>
            <dd>
              <Link href={`${base}/facilities/${maker.facility.handle}`} className="font-semibold text-lotus-700 underline-offset-4 hover:underline">
                {maker.facility.name}
              </Link>
              {maker.facility.region_label && <span className="text-ink-500"> · {maker.facility.region_label}</span>}
            </dd>
            {team?.text && (
              <>
                <dt className="font-semibold">{t("team")}</dt>
                <dd lang={langIfOther(team.lang, locale)}>{team.text}</dd>
              </>
            )}
            {maker.start_year !== null && (
              <>
                <dt className="sr-only">{t("sinceLabel")}</dt>
                <dd data-testid="maker-since" className="sm:col-span-2">{t("since", { year: String(maker.start_year) })}</dd>
              </>
            )}
          </dl>
          {skills.length > 0 && (
            <section aria-labelledby="maker-skills" className="mt-8">
              <h2 id="maker-skills" className="text-xl font-semibold">{t("skills")}</h2>
              <ul className="mt-3 flex flex-wrap gap-2">
                {skills.map((s) => (
                  <li key={s.text} lang={langIfOther(s.lang, locale)} className="rounded-full bg-sand-100 px-4 py-1.5 text-sm">{s.text}</li>
                ))}
              </ul>
            </section>
          )}
          {story?.text && (
            <section data-testid="maker-story" aria-labelledby="maker-story-title" className="mt-8">
              <h2 id="maker-story-title" className="text-xl font-semibold">{t("story")}</h2>
              <p className="mt-3 text-lg leading-relaxed" lang={langIfOther(story.lang, locale)}>{story.text}</p>
            </section>
          )}
          <p className="mt-8 text-sm text-ink-500">{t("consentNote", { name: maker.display_name })}</p>
        </div>
      </div>
      {maker.products.length > 0 && (
        <section data-testid="maker-products" aria-labelledby="maker-products-title" className="mt-16">
          <h2 id="maker-products-title" className="text-3xl font-semibold">{t("products", { name: maker.display_name })}</h2>
          <ul className="mt-6 grid grid-cols-2 gap-x-4 gap-y-8 sm:grid-cols-3 lg:grid-cols-4">
            {maker.products.map((p) => (
              <li key={p.id}>
                <Link href={`${base}/products/${p.handle}`} className="group block">
                  <div className="relative aspect-[4/5] overflow-hidden rounded-2xl bg-sand-100">
                    {p.thumbnail && (
                      <Image src={p.thumbnail} alt="" fill sizes="(min-width: 1024px) 22vw, (min-width: 640px) 30vw, 50vw" className="object-cover transition duration-500 group-hover:scale-[1.03]" />
                    )}
                  </div>
                  <span className="mt-3 block font-serif text-lg leading-snug group-hover:text-lotus-700">{p.title}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  )
}
