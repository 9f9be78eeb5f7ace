import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createTranslationsWorkflow } from "@medusajs/medusa/core-flows"
import { categoriesFr, collectionsFr, describeFr, productsFr } from "./catalog-fr"
import { categories, collections, products } from "./catalog"

const LOCALE = "fr-FR"

/**
 * French text for products, categories and collections through Medusa's
 * translation module: the Store API returns it when a request asks for fr-FR.
 * Only missing translations are created, so the seed stays repeatable.
 */
export async function seedTranslations(container: MedusaContainer) {
  const translationModule = container.resolve(Modules.TRANSLATION)
  const productModule = container.resolve(Modules.PRODUCT)
  const existing = new Set(
    (await translationModule.listTranslations({ locale_code: LOCALE }, { select: ["reference_id"], take: 10_000 })).map((t) => t.reference_id)
  )

  const [productRows, categoryRows, collectionRows] = await Promise.all([
    productModule.listProducts({ handle: products.map((p) => p.handle) }, { select: ["id", "handle"] }),
    productModule.listProductCategories({ handle: categories.map((c) => c.handle) }, { select: ["id", "handle"] }),
    productModule.listProductCollections({ handle: collections.map((c) => c.handle) }, { select: ["id", "handle"] }),
  ])
  const byHandle = <T extends { handle: string }>(rows: T[]) => new Map(rows.map((r) => [r.handle, r]))
  const productsByHandle = byHandle(products)

  const translations = [
    ...productRows.map((row) => {
      const seed = productsByHandle.get(row.handle)!
      const fr = productsFr[row.handle]
      return {
        reference: "product",
        reference_id: row.id,
        locale_code: LOCALE,
        translations: {
          title: fr.title,
          subtitle: fr.subtitle,
          description: describeFr(row.handle, seed.composition, seed.care),
        },
      }
    }),
    ...categoryRows.map((row) => ({
      reference: "product_category",
      reference_id: row.id,
      locale_code: LOCALE,
      translations: { ...categoriesFr[row.handle] },
    })),
    ...collectionRows.map((row) => ({
      reference: "product_collection",
      reference_id: row.id,
      locale_code: LOCALE,
      translations: { ...collectionsFr[row.handle] },
    })),
  ].filter((t) => !existing.has(t.reference_id))

  if (translations.length) await createTranslationsWorkflow(container).run({ input: { translations } })
  return translations.length
}
