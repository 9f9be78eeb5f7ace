import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { runSeed } from "../../src/scripts/seed/run"
import { products as seedProducts, categories as seedCategories } from "../../src/scripts/seed/catalog"
import { categoriesFr, collectionsFr, describeFr, productsFr } from "../../src/scripts/seed/catalog-fr"
import { facilities } from "../../src/scripts/seed/facilities"
import { regions as seedRegions } from "../../src/scripts/seed/regions"

jest.setTimeout(180 * 1000)

const SEED_OPTIONS = { backendUrl: "http://localhost:9000", adminUser: { email: "staff@afesip.test", password: "a-long-test-password" } }

type StoreVariant = {
  sku: string
  inventory_quantity: number
  calculated_price: { calculated_amount: number; currency_code: string; is_calculated_price_tax_inclusive: boolean }
}
type StoreProduct = { handle: string; variants: StoreVariant[] }

/** Counts of every kind of record the seed writes. */
async function countSeededRecords(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const count = async (entity: string) => (await query.graph({ entity, fields: ["id"] })).data.length
  return {
    regions: await count("region"),
    sales_channels: await count("sales_channel"),
    api_keys: await count("api_key"),
    stock_locations: await count("stock_location"),
    fulfillment_sets: await count("fulfillment_set"),
    service_zones: await count("service_zone"),
    shipping_options: await count("shipping_option"),
    product_categories: await count("product_category"),
    product_collections: await count("product_collection"),
    products: await count("product"),
    product_variants: await count("product_variant"),
    inventory_items: await count("inventory_item"),
    inventory_levels: await count("inventory_level"),
    tax_regions: await count("tax_region"),
    users: await count("user"),
  }
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    describe("seed", () => {
      it("is idempotent: a second run creates nothing and leaves every count unchanged", async () => {
        const container = getContainer()
        const first = await runSeed(container, SEED_OPTIONS)
        const afterFirst = await countSeededRecords(container)
        const second = await runSeed(container, SEED_OPTIONS)
        const afterSecond = await countSeededRecords(container)

        expect(afterSecond).toEqual(afterFirst)
        expect(Object.values(second.created).every((n) => n === 0)).toBe(true)
        expect(second.publishableKeys).toEqual(first.publishableKeys)
        expect(afterFirst).toEqual(
          expect.objectContaining({
            regions: 5,
            stock_locations: 3,
            product_categories: seedCategories.length,
            products: seedProducts.length,
            users: 1,
          })
        )
        expect(afterFirst.products).toBeGreaterThanOrEqual(24)
        expect(afterFirst.product_collections).toBeGreaterThanOrEqual(3)
        expect(afterFirst.shipping_options).toBeGreaterThanOrEqual(2 * afterFirst.service_zones)
        expect(afterFirst.service_zones).toBe(5)
      })
    })

    describe("seeded store", () => {
      let publishableKey: string
      let container: MedusaContainer
      beforeEach(async () => {
        container = getContainer()
        publishableKey = (await runSeed(container, SEED_OPTIONS)).publishableKeys.webshop
      })
      const storeGet = async <T>(url: string): Promise<{ data: T }> =>
        api.get(url, { headers: { "x-publishable-api-key": publishableKey } })
      const storePost = async <T>(url: string, body: unknown): Promise<{ data: T }> =>
        api.post(url, body, { headers: { "x-publishable-api-key": publishableKey } })

      it("refuses store requests without a publishable key", async () => {
        const error = await api.get("/store/products").catch((e: { response: { status: number } }) => e.response)
        expect(error.status).toBe(400)
      })

      it("prices every seeded product in each region's currency, with tax inclusivity per region", async () => {
        const { data } = await storeGet<{ regions: { id: string; name: string; currency_code: string }[] }>("/store/regions")
        expect(data.regions.map((r) => r.name).sort()).toEqual(seedRegions.map((r) => r.name).sort())

        for (const seedRegion of seedRegions) {
          const region = data.regions.find((r) => r.name === seedRegion.name)!
          const { data: listing } = await storeGet<{ products: StoreProduct[]; count: number }>(
            `/store/products?region_id=${region.id}&limit=100&fields=handle,*variants.calculated_price,+variants.inventory_quantity,variants.sku`
          )
          expect(listing.count).toBe(seedProducts.length)
          for (const product of listing.products) {
            for (const variant of product.variants) {
              expect(variant.calculated_price).toEqual(
                expect.objectContaining({
                  currency_code: seedRegion.currency_code,
                  is_calculated_price_tax_inclusive: seedRegion.is_tax_inclusive,
                })
              )
              const seeded = seedProducts.flatMap((p) => p.variants).find((v) => v.sku === variant.sku)!
              expect(variant.calculated_price.calculated_amount).toBe(seeded.prices[seedRegion.currency_code])
            }
          }
        }
      })

      it("serves product, category and collection text in French through the translation module", async () => {
        type Row = { handle: string; title?: string; name?: string; description?: string }
        const get = async (path: string, locale?: string) =>
          (await storeGet<Record<string, Row[]>>(`${path}${path.includes("?") ? "&" : "?"}limit=100${locale ? `&locale=${locale}` : ""}`)).data
        const fr = (await get("/store/products?fields=handle,title,subtitle,description", "fr-FR")).products
        const en = (await get("/store/products?fields=handle,title,subtitle,description")).products
        expect(fr).toHaveLength(seedProducts.length)
        for (const product of seedProducts) {
          const translated = fr.find((p) => p.handle === product.handle)!
          expect(translated.title).toBe(productsFr[product.handle].title)
          expect(translated.description).toBe(describeFr(product.handle, product.composition, product.care))
          expect(en.find((p) => p.handle === product.handle)!.title).toBe(product.title)
        }
        const categories = (await get("/store/product-categories?fields=handle,name", "fr-FR")).product_categories
        for (const c of categories) expect(c.name).toBe(categoriesFr[c.handle].name)
        const collections = (await get("/store/collections?fields=handle,title", "fr-FR")).collections
        for (const c of collections) expect(c.title).toBe(collectionsFr[c.handle].title)
      })

      it("reports out-of-stock variants as zero and in-stock ones as the sum over the facilities", async () => {
        const { data } = await storeGet<{ regions: { id: string }[] }>("/store/regions")
        const { data: listing } = await storeGet<{ products: StoreProduct[] }>(
          `/store/products?region_id=${data.regions[0].id}&limit=100&fields=handle,variants.sku,+variants.inventory_quantity`
        )
        const quantities = new Map(listing.products.flatMap((p) => p.variants.map((v) => [v.sku, v.inventory_quantity])))
        const seededVariants = seedProducts.flatMap((p) => p.variants)
        const outOfStock = seededVariants.filter((v) => Object.values(v.stock).every((q) => q === 0))
        expect(outOfStock.length).toBeGreaterThan(0)
        for (const variant of seededVariants) {
          const total = Object.values(variant.stock).reduce((a, b) => a + b, 0)
          expect([variant.sku, quantities.get(variant.sku)]).toEqual([variant.sku, total])
        }
      })

      it("holds inventory at all three AFESIP facilities", async () => {
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: locations } = await query.graph({ entity: "stock_location", fields: ["id", "name", "address.city", "address.country_code"] })
        expect(locations.map((l) => l.name).sort()).toEqual(facilities.map((f) => f.name).sort())
        const inventory = container.resolve(Modules.INVENTORY)
        for (const location of locations) {
          expect(location.address?.country_code?.toUpperCase()).toBe("KH")
          const levels = await inventory.listInventoryLevels({ location_id: location.id })
          const stocked = levels.reduce((sum, level) => sum + Number(level.stocked_quantity), 0)
          expect([location.name, stocked > 0]).toEqual([location.name, true])
        }
      })

      it("carries customs data on every variant", async () => {
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: variants } = await query.graph({
          entity: "product_variant",
          fields: ["sku", "hs_code", "origin_country", "material", "weight", "length", "width", "height"],
        })
        expect(new Set(variants.map((v) => v.sku)).size).toBe(variants.length)
        for (const v of variants) {
          expect(v).toEqual(
            expect.objectContaining({
              hs_code: expect.stringMatching(/^(42|61|62|63|96)\d{4}$/),
              origin_country: expect.stringMatching(/^kh$/i),
              material: expect.any(String),
              weight: expect.any(Number),
              length: expect.any(Number),
              width: expect.any(Number),
              height: expect.any(Number),
            })
          )
        }
      })

      it("offers standard and express shipping to each region for a cart", async () => {
        const { data } = await storeGet<{ regions: { id: string; name: string; countries: { iso_2: string }[] }[] }>("/store/regions")
        for (const region of data.regions) {
          const { data: cartData } = await storePost<{ cart: { id: string } }>("/store/carts", {
            region_id: region.id,
            shipping_address: { country_code: region.countries[0].iso_2 },
          })
          const { data: options } = await storeGet<{ shipping_options: { name: string }[] }>(
            `/store/shipping-options?cart_id=${cartData.cart.id}`
          )
          const names = options.shipping_options.map((o) => o.name)
          expect(names).toEqual(expect.arrayContaining([`Standard (${region.name})`, `Express (${region.name})`]))
        }
      })

      it("lets the seeded Admin user log in", async () => {
        const { data } = (await api.post("/auth/user/emailpass", SEED_OPTIONS.adminUser)) as { data: { token: string } }
        expect(data.token).toEqual(expect.any(String))
        const bad = await api
          .post("/auth/user/emailpass", { ...SEED_OPTIONS.adminUser, password: "wrong-password" })
          .catch((e: { response: { status: number } }) => e.response)
        expect(bad.status).toBe(401)
      })
    })
  },
})
