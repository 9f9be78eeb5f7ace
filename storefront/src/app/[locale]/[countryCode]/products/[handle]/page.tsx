import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { getMadeBy } from "@/lib/data/makers"
import { getProduct, getProductLabel, listCatalog } from "@/lib/data/products"
import { getRegion } from "@/lib/data/regions"
import { formatMoney } from "@/lib/util/money"
import { minPrice, productFacts, toChoosableVariant } from "@/lib/util/product-view"
import { CostBreakdown } from "@/modules/makers/cost-breakdown"
import { MadeBy } from "@/modules/makers/made-by"
import { Gallery } from "@/modules/products/gallery"
import { ProductActions, type VariantChoice } from "@/modules/products/product-actions"
import { ProductCard } from "@/modules/products/product-card"

type Params = Promise<{ locale: string; countryCode: string; handle: string }>

export const revalidate = 3600

export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, countryCode, handle } = await params
  const region = await getRegion(countryCode)
  const product = region ? await getProduct(handle, region.id, locale) : undefined
  return product ? { title: product.title, description: product.subtitle ?? undefined } : {}
}

export default async function ProductPage({ params }: { params: Params }) {
  const { locale, countryCode, handle } = await params
  setRequestLocale(locale)
  const region = await getRegion(countryCode)
  if (!region) notFound()
  const product = await getProduct(handle, region.id, locale)
  if (!product) notFound()
  const t = await getTranslations("product")
  const tn = await getTranslations("nav")
  // Provenance never blocks the product: without it, "Made by" shows the neutral line.
  // The label (composition, care, origin) comes from the customs data staff keep in the Admin; the catalog's metadata is the fallback.
  const [madeBy, label] = await Promise.all([getMadeBy(product.id).catch(() => null), getProductLabel(product.id, locale)])
  const currency = region.currency_code
  const optionTitles = new Map((product.options ?? []).map((o) => [o.id, o.title]))
  const options = (product.options ?? []).map((o) => ({ title: o.title, values: (o.values ?? []).map((v) => v.value) }))
  const variants: VariantChoice[] = (product.variants ?? []).map((v) => ({
    ...toChoosableVariant(v, optionTitles),
    priceLabel: typeof v.calculated_price?.calculated_amount === "number" ? formatMoney(v.calculated_price.calculated_amount, currency, locale) : null,
  }))
  const taxInclusive = product.variants?.[0]?.calculated_price?.is_calculated_price_tax_inclusive ?? false
  const from = minPrice(product)
  const facts = productFacts(product)
  const colours = options.find((o) => o.title === "Colour")?.values ?? []
  const images = (product.images ?? []).map((image, i) => ({
    url: image.url,
    alt: t("imageAlt", { title: product.title, colour: colours[i] ?? colours[0] ?? "" }),
  }))
  const related = product.collection
    ? (await listCatalog(region.id, locale)).filter((p) => p.collection?.handle === product.collection?.handle && p.id !== product.id).slice(0, 4)
    : []

  return (
    <div className="mx-auto max-w-7xl px-4 py-10 sm:px-6">
      <nav aria-label={tn("breadcrumb")} className="mb-6 text-sm text-ink-500">
        <Link href={`/${countryCode}/store`} className="hover:underline">{tn("store")}</Link>
        {product.categories?.[0] && (
          <>
            {" / "}
            <Link href={`/${countryCode}/store?category=${product.categories[0].handle}`} className="hover:underline">{product.categories[0].name}</Link>
          </>
        )}
      </nav>
      <div className="grid gap-10 lg:grid-cols-2 lg:gap-16">
        <Gallery images={images} />
        <div>
          {product.collection && <p className="text-xs font-semibold uppercase tracking-[0.3em] text-lotus-700">{product.collection.title}</p>}
          <h1 data-testid="product-title" className="mt-2 text-4xl font-semibold leading-tight">{product.title}</h1>
          {product.subtitle && <p className="mt-2 text-lg text-ink-700">{product.subtitle}</p>}
          <div className="mt-8">
            <ProductActions
              options={options}
              variants={variants}
              fromLabel={from === null ? null : formatMoney(from, currency, locale)}
              taxNote={taxInclusive ? t("taxIncluded") : t("taxExcluded")}
              countryCode={countryCode}
            />
          </div>
          {product.description && <p className="mt-8 leading-relaxed text-ink-700">{product.description}</p>}
          <section aria-labelledby="details" className="mt-8 rounded-2xl border border-ink-900/10 bg-white/60 p-6">
            <h2 id="details" className="text-xl font-semibold">{t("details")}</h2>
            <dl className="mt-4 grid gap-4 text-sm sm:grid-cols-[8rem_1fr]">
              <dt className="font-semibold">{t("composition")}</dt>
              <dd data-testid="product-composition">{label?.composition || facts.composition.map((f) => `${f.percent}% ${f.fibre}`).join(", ") || product.material}</dd>
              <dt className="font-semibold">{t("care")}</dt>
              <dd data-testid="product-care">
                <ul className="list-disc pl-4">{(label?.care.length ? label.care : facts.care).map((c) => <li key={c}>{c}</li>)}</ul>
              </dd>
              <dt className="font-semibold">{t("origin")}</dt>
              <dd data-testid="product-origin">{t("originText")} ({(label?.origin ?? product.origin_country)?.toUpperCase() ?? "KH"})</dd>
            </dl>
          </section>
          <MadeBy madeBy={madeBy} countryCode={countryCode} locale={locale} />
          <CostBreakdown breakdown={madeBy?.cost_breakdown ?? null} locale={locale} />
        </div>
      </div>
      {related.length > 0 && (
        <section aria-labelledby="related" className="mt-20">
          <h2 id="related" className="text-3xl font-semibold">{t("related")}</h2>
          <div className="mt-6 grid grid-cols-2 gap-x-4 gap-y-8 lg:grid-cols-4">
            {related.map((p) => (
              <ProductCard key={p.id} product={p} countryCode={countryCode} locale={locale} currency={currency} />
            ))}
          </div>
        </section>
      )}
    </div>
  )
}
