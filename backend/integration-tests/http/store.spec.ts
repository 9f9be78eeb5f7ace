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

    describe("courier shipping rates (calculated from the cart's parcel)", () => {
      // Kept to this block: the workflows it needs to set up products and an older seed's options.
      const flows = require("@medusajs/medusa/core-flows") as typeof import("@medusajs/medusa/core-flows")
      const COURIER = "courier_afesip"
      let publishableKey: string
      let container: MedusaContainer
      beforeEach(async () => {
        container = getContainer()
        publishableKey = (await runSeed(container, SEED_OPTIONS)).publishableKeys.webshop
      })
      const headers = () => ({ "x-publishable-api-key": publishableKey })
      type Failure = { status: number; data: { message: string } }
      type StoreOption = {
        id: string
        name: string
        price_type: string
        provider_id: string
        data: Record<string, unknown>
        type: { label: string; description: string }
      }
      type Quote = { shipping_option: { amount: number; is_tax_inclusive: boolean; calculated_price: { calculated_amount: number } } }

      const variantIds = async (skus: string[]) => {
        const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product_variant", fields: ["id", "sku"], filters: { sku: skus } })
        return new Map(data.map((v) => [v.sku as string, v.id as string]))
      }
      /** A cart in the named region, shipping to `country`, holding the given variants. */
      const cartWith = async (regionName: string, country: string, lines: { variant_id: string; quantity: number }[]) => {
        const { data: regionList } = await api.get("/store/regions", { headers: headers() })
        const region = (regionList.regions as { id: string; name: string }[]).find((r) => r.name === regionName)!
        const { data } = await api.post(
          "/store/carts",
          { region_id: region.id, shipping_address: { country_code: country }, items: lines },
          { headers: headers() }
        )
        return data.cart as { id: string; currency_code: string }
      }
      const cartOfSkus = async (regionName: string, country: string, lines: [string, number][]) => {
        const ids = await variantIds(lines.map(([sku]) => sku))
        return cartWith(regionName, country, lines.map(([sku, quantity]) => ({ variant_id: ids.get(sku)!, quantity })))
      }
      const listOptions = async (cartId: string) =>
        (await api.get(`/store/shipping-options?cart_id=${cartId}`, { headers: headers() })).data.shipping_options as StoreOption[]
      const calculate = async (cartId: string, optionId: string) =>
        (await api.post(`/store/shipping-options/${optionId}/calculate`, { cart_id: cartId }, { headers: headers() })).data as Quote
      const calculateFailure = async (cartId: string, optionId: string) =>
        api.post(`/store/shipping-options/${optionId}/calculate`, { cart_id: cartId }, { headers: headers() }).then(
          () => undefined,
          (e: { response: Failure }) => e.response
        )
      /** A published product of its own (no stock kept) with the given weight (g) and dimensions (cm). */
      const createParcelProduct = async (handle: string, figures: { weight?: number; length?: number; width?: number; height?: number }) => {
        const fulfillment = container.resolve(Modules.FULFILLMENT)
        const [profile] = await fulfillment.listShippingProfiles({ type: "default" })
        const [webshop] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({ name: "Webshop" })
        const { result } = await flows.createProductsWorkflow(container).run({
          input: {
            products: [
              {
                title: handle,
                handle,
                status: "published",
                shipping_profile_id: profile.id,
                sales_channels: [{ id: webshop.id }],
                options: [{ title: "Size", values: ["One size"] }],
                variants: [
                  {
                    title: "One size",
                    sku: handle.toUpperCase(),
                    options: { Size: "One size" },
                    manage_inventory: false,
                    ...figures,
                    prices: ["usd", "eur", "gbp", "aud"].map((currency_code) => ({ currency_code, amount: 10 })),
                  },
                ],
              },
            ],
          },
        })
        const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product_variant", fields: ["id"], filters: { product_id: result[0].id } })
        return data[0].id as string
      }

      // Catalog figures: Mekong dress 290 g 30×24×4, Kampot dress 340 g 32×25×4, Ikat scarf 90 g 22×16×2,
      // pocket square 20 g 14×10×1, market tote 340 g 40×32×4 (grams, cm).
      it.each([
        { region: "United States", country: "us", lines: [["AFF-DRS-MEKONG-S-IND", 1]], kg: "1 kg (volumetric 0.63)", standard: 22.5, express: 49, taxInclusive: false },
        { region: "European Union", country: "de", lines: [["AFF-DRS-MEKONG-S-IND", 2], ["AFF-SCF-IKAT-IND", 3]], kg: "2 kg (volumetric 1.73)", standard: 29, express: 58.5, taxInclusive: true },
        { region: "United Kingdom", country: "gb", lines: [["AFF-ACC-SQUARE-SAF", 1]], kg: "0.5 kg (smallest mailer)", standard: 15, express: 34, taxInclusive: true },
        { region: "Australia", country: "au", lines: [["AFF-BAG-TOTE-IND", 6]], kg: "7 kg (volumetric 6.76)", standard: 87, express: 153, taxInclusive: true },
        { region: "Rest of world", country: "ca", lines: [["AFF-DRS-KAMPOT-S-CHA", 3]], kg: "2.5 kg (volumetric 2.11)", standard: 48, express: 91, taxInclusive: false },
      ] as { region: string; country: string; lines: [string, number][]; kg: string; standard: number; express: number; taxInclusive: boolean }[])(
        "$region, $kg: Standard $standard, Express $express",
        async ({ region, country, lines, standard, express, taxInclusive }) => {
          const cart = await cartOfSkus(region, country, lines)
          const options = await listOptions(cart.id)
          const expected = { Standard: standard, Express: express }
          for (const [label, amount] of Object.entries(expected)) {
            const option = options.find((o) => o.name === `${label} (${region})`)!
            expect(option).toEqual(
              expect.objectContaining({
                price_type: "calculated",
                provider_id: COURIER,
                data: expect.objectContaining({
                  zone: expect.any(String),
                  service: label.toLowerCase(),
                  transit_days_min: expect.any(Number),
                  transit_days_max: expect.any(Number),
                  delivery_estimate: expect.stringMatching(/^\d+–\d+ business days$/),
                }),
                type: expect.objectContaining({ label, description: `Tracked courier, ${option.data.delivery_estimate}` }),
              })
            )
            const { shipping_option } = await calculate(cart.id, option.id)
            expect([label, shipping_option.amount, shipping_option.is_tax_inclusive]).toEqual([label, amount, taxInclusive])
          }
          // Choosing Express puts the same price on the cart.
          const expressId = options.find((o) => o.name === `Express (${region})`)!.id
          const { data } = await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: expressId }, { headers: headers() })
          expect(data.cart.shipping_methods).toEqual([expect.objectContaining({ shipping_option_id: expressId, amount: express, is_tax_inclusive: taxInclusive })])
        }
      )

      it("charges a bulky parcel by its volumetric weight: six totes cost more than a dense parcel of the same actual weight", async () => {
        // Six totes: 2.04 kg + 10 % packaging = 2.244 kg actual, 6 × 5120 cm³ × 1.1 / 5000 = 6.76 kg volumetric → 7 kg.
        const bulky = await cartOfSkus("European Union", "fr", [["AFF-BAG-TOTE-IND", 6]])
        // The same 2.04 kg of goods in a small, dense box → 2.5 kg chargeable.
        const denseId = await createParcelProduct("dense-parcel-test", { weight: 2040, length: 20, width: 15, height: 10 })
        const dense = await cartWith("European Union", "fr", [{ variant_id: denseId, quantity: 1 }])
        const standardId = (await listOptions(bulky.id)).find((o) => o.name === "Standard (European Union)")!.id
        const bulkyPrice = (await calculate(bulky.id, standardId)).shipping_option.amount
        const densePrice = (await calculate(dense.id, standardId)).shipping_option.amount
        expect(densePrice).toBe(33) // 17 + 4 × 4 (2.5 kg)
        expect(bulkyPrice).toBe(69) // 17 + 13 × 4 (7 kg)
        expect(bulkyPrice).toBeGreaterThan(densePrice)
      })

      it("refuses a service over its weight limit with a message, and still lists and prices the other", async () => {
        const baleId = await createParcelProduct("bale-test", { weight: 25000, length: 60, width: 40, height: 40 })
        const cart = await cartWith("European Union", "de", [{ variant_id: baleId, quantity: 1 }])
        const options = await listOptions(cart.id)
        expect(options.map((o) => o.name)).toEqual(expect.arrayContaining(["Standard (European Union)", "Express (European Union)"]))
        const failure = await calculateFailure(cart.id, options.find((o) => o.name === "Standard (European Union)")!.id)
        expect(failure?.status).toBe(400)
        expect(failure?.data.message).toMatch(/up to 20 kg; this order weighs 27\.5 kg/)
        const expressId = options.find((o) => o.name === "Express (European Union)")!.id
        expect((await calculate(cart.id, expressId)).shipping_option.amount).toBe(390) // 27.5 kg: 39 + 54 × 6.5
        // Medusa re-prices the chosen method on every cart change: a second bale (55 kg) is refused for Express too.
        await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: expressId }, { headers: headers() })
        const tooHeavy = await api
          .post(`/store/carts/${cart.id}/line-items`, { variant_id: baleId, quantity: 1 }, { headers: headers() })
          .then(() => undefined, (e: { response: Failure }) => e.response)
        expect(tooHeavy?.status).toBe(400)
        expect(tooHeavy?.data.message).toMatch(/Express shipping to European Union takes parcels up to 30 kg/)
      })

      it("prices a product without weight or dimensions with the conservative default unit", async () => {
        const unknownId = await createParcelProduct("no-figures-test", {})
        const cart = await cartWith("United Kingdom", "gb", [{ variant_id: unknownId, quantity: 1 }])
        const standard = (await listOptions(cart.id)).find((o) => o.name === "Standard (United Kingdom)")!
        // 500 g + 150 g packaging; 35 × 28 × 6 cm × 1.1 = 1.29 kg volumetric → 1.5 kg: 15 + 2 × 3.5
        expect((await calculate(cart.id, standard.id)).shipping_option.amount).toBe(22)
      })

      it("seeding again converts a flat-rate option left by an earlier seed, without duplicating it", async () => {
        const fulfillment = container.resolve(Modules.FULFILLMENT)
        const [option] = await fulfillment.listShippingOptions({ name: "Express (United Kingdom)" })
        await flows.updateShippingOptionsWorkflow(container).run({
          input: [
            {
              id: option.id,
              price_type: "flat",
              provider_id: "manual_manual",
              data: { delivery_estimate: "3–5 business days" },
              prices: [{ currency_code: "gbp", amount: 34 }],
            },
          ],
        })
        const before = await countSeededRecords(container)
        const again = await runSeed(container, SEED_OPTIONS)
        expect(await countSeededRecords(container)).toEqual(before)
        expect(again.created["shipping options"]).toBe(0)
        const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
          entity: "shipping_option",
          fields: ["id", "price_type", "provider_id", "data", "prices.amount"],
          filters: { name: "Express (United Kingdom)" },
        })
        expect(data).toHaveLength(1)
        expect(data[0]).toEqual(
          expect.objectContaining({ id: option.id, price_type: "calculated", provider_id: COURIER, prices: [] })
        )
        expect(data[0].data).toEqual({
          id: "courier-uk-express",
          name: "Express — United Kingdom",
          zone: "UK",
          service: "express",
          transit_days_min: 3,
          transit_days_max: 5,
          delivery_estimate: "3–5 business days",
        })
      })

      it("keeps the carrier and tracking number staff give with a fulfillment", async () => {
        const fulfillment = container.resolve(Modules.FULFILLMENT)
        const [location] = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({ name: facilities.find((f) => f.ships_orders)!.name })
        const created = await fulfillment.createFulfillment({
          location_id: location.id,
          provider_id: COURIER,
          delivery_address: { first_name: "Ana", last_name: "Buyer", address_1: "1 Rue de Test", city: "Lyon", country_code: "fr", postal_code: "69001" },
          items: [{ title: "Mekong Wrap Dress", sku: "AFF-DRS-MEKONG-S-IND", quantity: 1, barcode: "" }],
          labels: [{ tracking_number: "LABEL-1", tracking_url: "https://track.example/LABEL-1", label_url: "" }],
          data: { zone: "EU", service: "express", carrier: "DHL Express", tracking_number: "JD0146" },
          order: {},
        })
        const saved = await fulfillment.retrieveFulfillment(created.id, { relations: ["labels"] })
        expect(saved.data).toEqual(expect.objectContaining({ zone: "EU", service: "express", carrier: "DHL Express", tracking_number: "JD0146" }))
        expect(saved.labels.map((l) => l.tracking_number).sort()).toEqual(["JD0146", "LABEL-1"])
      })
    })
  },
})
