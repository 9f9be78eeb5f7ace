import type { HttpTypes } from "@medusajs/types"
import Image from "next/image"
import Link from "next/link"
import { getTranslations } from "next-intl/server"
import { formatMoney } from "@/lib/util/money"
import { minPrice } from "@/lib/util/product-view"

export async function ProductCard({ product, countryCode, locale, currency, priority = false }: {
  product: HttpTypes.StoreProduct
  countryCode: string
  locale: string
  currency: string
  priority?: boolean
}) {
  const t = await getTranslations("store")
  const price = minPrice(product)
  const samePrice = new Set((product.variants ?? []).map((v) => v.calculated_price?.calculated_amount)).size <= 1
  const href = `/${countryCode}/products/${product.handle}`
  return (
    <article data-testid="product-card" data-handle={product.handle} className="group">
      <Link href={href} className="block">
        <div className="relative aspect-[4/5] overflow-hidden rounded-2xl bg-sand-100">
          {product.thumbnail && (
            <Image
              src={product.thumbnail}
              alt={product.title ?? ""}
              fill
              sizes="(min-width: 1024px) 22vw, (min-width: 640px) 30vw, 50vw"
              priority={priority}
              className="object-cover transition duration-500 group-hover:scale-[1.03]"
            />
          )}
        </div>
        <h3 data-testid="product-card-title" className="mt-3 font-serif text-lg leading-snug group-hover:text-lotus-700">{product.title}</h3>
      </Link>
      {product.subtitle && <p className="text-sm text-ink-500">{product.subtitle}</p>}
      {price !== null && (
        <p data-testid="product-card-price" className="mt-1 text-sm font-semibold">
          {samePrice ? formatMoney(price, currency, locale) : t("from", { price: formatMoney(price, currency, locale) })}
        </p>
      )}
    </article>
  )
}
