import Link from "next/link"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { listCatalog, listCategories, listCollections } from "@/lib/data/products"
import { getRegion } from "@/lib/data/regions"
import { applyListingQuery, collectOptionValues, parseListingQuery, serializeListingQuery, toggleValue, type ListingQuery } from "@/lib/util/catalog-filters"
import { toListingProduct } from "@/lib/util/product-view"
import { ProductCard } from "@/modules/products/product-card"
import { SortSelect } from "@/modules/store/sort-select"

const slug = (v: string) => v.toLowerCase().replace(/\s+/g, "-")

/** Filters live in the URL: rendered per request from cached catalog reads. */
export const dynamic = "force-dynamic"

export async function generateMetadata() {
  const t = await getTranslations("store")
  return { title: t("title") }
}

export default async function StorePage({ params, searchParams }: {
  params: Promise<{ locale: string; countryCode: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const { locale, countryCode } = await params
  setRequestLocale(locale)
  const query = parseListingQuery(await searchParams)
  const region = await getRegion(countryCode)
  if (!region) notFound()
  const [t, catalog, categories, collections] = await Promise.all([
    getTranslations("store"),
    listCatalog(region.id, locale, query.q),
    listCategories(locale),
    listCollections(locale),
  ])
  const all = catalog.map(toListingProduct)
  const result = applyListingQuery(all, query)
  const sizes = collectOptionValues(all, "Size")
  const colours = collectOptionValues(all, "Colour")
  const base = `/${countryCode}/store`
  const href = (q: Partial<ListingQuery>) => `${base}${serializeListingQuery(q)}`
  const chip = (active: boolean) =>
    `inline-flex min-h-10 items-center rounded-full border px-3 text-sm ${active ? "border-ink-900 bg-ink-900 text-sand-50" : "border-ink-900/20 hover:border-ink-900"}`
  const navLink = (active: boolean) => `block rounded-lg px-3 py-2 text-sm ${active ? "bg-sand-200 font-semibold" : "hover:bg-sand-100"}`

  return (
    <div className="mx-auto max-w-7xl px-4 py-10 sm:px-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-4xl font-semibold">{query.q ? t("searchResults", { q: query.q }) : t("title")}</h1>
          <p data-testid="results-count" className="mt-2 text-ink-500" aria-live="polite">{t("results", { count: result.total })}</p>
        </div>
        <SortSelect value={query.sort} hrefs={{ newest: href({ ...query, sort: "newest", page: 1 }), "price-asc": href({ ...query, sort: "price-asc", page: 1 }), "price-desc": href({ ...query, sort: "price-desc", page: 1 }) }} />
      </div>

      <div className="mt-8 grid gap-10 lg:grid-cols-[15rem_1fr]">
        <aside aria-label={t("filters")} className="space-y-8">
          <nav aria-label={t("categories")}>
            <h2 className="mb-2 text-xs font-semibold uppercase tracking-[0.2em] text-ink-500">{t("categories")}</h2>
            <ul className="flex flex-wrap gap-1 lg:block">
              <li><Link href={href({ ...query, category: undefined, page: 1 })} className={navLink(!query.category)}>{t("allProducts")}</Link></li>
              {categories.map((c) => (
                <li key={c.id}>
                  <Link data-testid={`category-link-${c.handle}`} aria-current={query.category === c.handle ? "page" : undefined} href={href({ ...query, category: c.handle, page: 1 })} className={navLink(query.category === c.handle)}>
                    {c.name}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <nav aria-label={t("collections")}>
            <h2 className="mb-2 text-xs font-semibold uppercase tracking-[0.2em] text-ink-500">{t("collections")}</h2>
            <ul className="flex flex-wrap gap-1 lg:block">
              {collections.map((c) => (
                <li key={c.id}>
                  <Link data-testid={`collection-link-${c.handle}`} aria-current={query.collection === c.handle ? "page" : undefined} href={href({ ...query, collection: query.collection === c.handle ? undefined : c.handle, page: 1 })} className={navLink(query.collection === c.handle)}>
                    {c.title}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          {[{ key: "sizes" as const, title: t("size"), values: sizes, id: "size" }, { key: "colours" as const, title: t("colour"), values: colours, id: "colour" }].map((group) => (
            <fieldset key={group.id}>
              <legend className="mb-2 text-xs font-semibold uppercase tracking-[0.2em] text-ink-500">{group.title}</legend>
              <div className="flex flex-wrap gap-2">
                {group.values.map((value) => {
                  const active = query[group.key].includes(value)
                  return (
                    <Link key={value} data-testid={`filter-${group.id}-${slug(value)}`} aria-pressed={active} role="button" href={href(toggleValue(query, group.key, value))} className={chip(active)}>
                      {value}
                    </Link>
                  )
                })}
              </div>
            </fieldset>
          ))}
          {(query.sizes.length > 0 || query.colours.length > 0 || query.category || query.collection) && (
            <Link href={href({ q: query.q, sort: query.sort })} className="inline-block py-2 text-sm font-semibold text-lotus-700 underline underline-offset-4">{t("clearFilters")}</Link>
          )}
        </aside>

        <section aria-label={t("results", { count: result.total })}>
          {result.items.length === 0 ? (
            <p data-testid="listing-empty" className="rounded-2xl bg-sand-100 p-8 text-center text-ink-700">{t("empty")}</p>
          ) : (
            <div className="grid grid-cols-2 gap-x-4 gap-y-10 md:grid-cols-3">
              {result.items.map((item, i) => (
                <ProductCard key={item.handle} product={item.product} countryCode={countryCode} locale={locale} currency={region.currency_code} priority={i < 2} />
              ))}
            </div>
          )}
          {result.pageCount > 1 && (
            <nav aria-label={t("page", { page: result.page, count: result.pageCount })} className="mt-12 flex items-center justify-center gap-4 text-sm">
              {result.page > 1 && (
                <Link data-testid="pagination-prev" rel="prev" href={href({ ...query, page: result.page - 1 })} className={chip(false)}>← {t("previous")}</Link>
              )}
              <span>{t("page", { page: result.page, count: result.pageCount })}</span>
              {result.page < result.pageCount && (
                <Link data-testid="pagination-next" rel="next" href={href({ ...query, page: result.page + 1 })} className={chip(false)}>{t("next")} →</Link>
              )}
            </nav>
          )}
        </section>
      </div>
    </div>
  )
}
