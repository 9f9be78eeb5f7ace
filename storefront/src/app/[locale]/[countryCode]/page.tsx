import Image from "next/image"
import Link from "next/link"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { listMakers } from "@/lib/data/makers"
import { listCatalog, listCategories, listCollections } from "@/lib/data/products"
import { getRegion } from "@/lib/data/regions"
import { StoryBlock } from "@/modules/makers/story-block"
import { ProductCard } from "@/modules/products/product-card"

export const revalidate = 3600

export default async function HomePage({ params }: { params: Promise<{ locale: string; countryCode: string }> }) {
  const { locale, countryCode } = await params
  setRequestLocale(locale)
  const region = await getRegion(countryCode)
  if (!region) notFound()
  const [t, catalog, collections, categories, makers] = await Promise.all([
    getTranslations("home"),
    listCatalog(region.id, locale),
    listCollections(locale),
    listCategories(locale),
    // The story block still links to the makers and impact pages if this read fails.
    listMakers().catch(() => []),
  ])
  const base = `/${countryCode}`
  const impact = [1, 2, 3] as const
  return (
    <>
      <section className="relative overflow-hidden bg-sand-100">
        <div className="mx-auto grid max-w-7xl items-center gap-10 px-4 py-14 sm:px-6 lg:grid-cols-2 lg:py-20">
          <div>
            <p className="text-xs font-semibold uppercase tracking-[0.3em] text-lotus-700">{t("eyebrow")}</p>
            <h1 className="mt-4 text-4xl font-semibold leading-tight text-ink-900 sm:text-5xl lg:text-6xl">{t("heroTitle")}</h1>
            <p className="mt-6 max-w-xl text-lg leading-relaxed text-ink-700">{t("heroText")}</p>
            <div className="mt-8 flex flex-wrap gap-3">
              <Link href={`${base}/store`} className="inline-flex min-h-12 items-center rounded-full bg-ink-900 px-6 font-semibold text-sand-50 hover:bg-ink-700">
                {t("heroCta")}
              </Link>
              <Link href={`${base}/about`} className="inline-flex min-h-12 items-center rounded-full border border-ink-900/30 px-6 font-semibold hover:border-ink-900">
                {t("heroSecondary")}
              </Link>
            </div>
          </div>
          <div className="relative aspect-[4/5] overflow-hidden rounded-[2rem] shadow-xl shadow-ink-900/10 sm:aspect-[16/11] lg:aspect-[4/5]">
            {catalog[0]?.thumbnail && (
              <Image src={catalog[0].thumbnail} alt={catalog[0].title ?? ""} fill priority sizes="(min-width: 1024px) 45vw, 100vw" className="object-cover" />
            )}
          </div>
        </div>
      </section>

      <section aria-labelledby="impact" className="mx-auto max-w-7xl px-4 py-16 sm:px-6">
        <h2 id="impact" className="text-3xl font-semibold">{t("impactTitle")}</h2>
        <ul className="mt-8 grid gap-6 sm:grid-cols-3">
          {impact.map((n) => (
            <li key={n} className="rounded-2xl border border-ink-900/10 bg-white/60 p-6">
              <p className="font-serif text-xl text-jade-700">{t(`impact${n}Title`)}</p>
              <p className="mt-2 text-ink-700">{t(`impact${n}Text`)}</p>
            </li>
          ))}
        </ul>
      </section>

      <StoryBlock makers={makers} countryCode={countryCode} locale={locale} />

      {collections.map((collection) => {
        const items = catalog.filter((p) => p.collection?.handle === collection.handle).slice(0, 4)
        if (!items.length) return null
        const description = (collection.metadata as Record<string, unknown> | null)?.description
        return (
          <section key={collection.id} aria-labelledby={`c-${collection.handle}`} className="mx-auto max-w-7xl px-4 py-10 sm:px-6">
            <div className="flex flex-wrap items-end justify-between gap-4">
              <div>
                <h2 id={`c-${collection.handle}`} className="text-3xl font-semibold">{collection.title}</h2>
                {typeof description === "string" && <p className="mt-1 text-ink-500">{description}</p>}
              </div>
              <Link href={`${base}/store?collection=${collection.handle}`} className="py-2 text-sm font-semibold text-lotus-700 underline-offset-4 hover:underline">
                {t("viewAll")} <span className="sr-only">— {collection.title}</span>
              </Link>
            </div>
            <div className="mt-6 grid grid-cols-2 gap-x-4 gap-y-8 lg:grid-cols-4">
              {items.map((p) => (
                <ProductCard key={p.id} product={p} countryCode={countryCode} locale={locale} currency={region.currency_code} />
              ))}
            </div>
          </section>
        )
      })}

      <section aria-labelledby="categories" className="mx-auto max-w-7xl px-4 py-10 sm:px-6">
        <h2 id="categories" className="text-3xl font-semibold">{t("categoriesTitle")}</h2>
        <ul className="mt-6 grid grid-cols-2 gap-3 sm:grid-cols-5">
          {categories.map((c) => (
            <li key={c.id}>
              <Link href={`${base}/store?category=${c.handle}`} className="flex min-h-20 items-center justify-center rounded-2xl bg-ink-900 px-4 text-center font-serif text-lg text-sand-50 hover:bg-jade-700">
                {c.name}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section className="mx-auto max-w-7xl px-4 py-10 sm:px-6">
        <div className="rounded-[2rem] bg-jade-700 px-6 py-10 text-sand-50 sm:px-12">
          <h2 className="text-3xl font-semibold">{t("storyTitle")}</h2>
          <p className="mt-4 max-w-3xl text-lg leading-relaxed text-sand-100">{t("storyText")}</p>
        </div>
      </section>
    </>
  )
}
