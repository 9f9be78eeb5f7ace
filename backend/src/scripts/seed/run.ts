import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createCollectionsWorkflow,
  createInventoryLevelsWorkflow,
  createLocationFulfillmentSetWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createStoresWorkflow,
  createTaxRegionsWorkflow,
  createUsersWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateApiKeysWorkflow,
  updateRegionsWorkflow,
  updateSalesChannelsWorkflow,
  updateShippingOptionsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { categories, collections, products } from "./catalog"
import { facilities } from "./facilities"
import { seedCustoms } from "./customs"
import { seedPromotions } from "./promotions"
import { seedReturnOptions } from "./returns"
import { seedProvenance } from "./provenance"
import { seedTranslations } from "./translations"
import { STORE_CURRENCIES, STORE_LOCALES, STORE_NAME, regions } from "./regions"
import { COURIER_PROVIDER_ID, SALES_CHANNELS, shippingOptions } from "./shipping"
import type { FacilityCode } from "./types"

export type SeedOptions = {
  /** Public origin of the backend; product image URLs point at its /static folder. */
  backendUrl: string
  /** Dev Admin login; omitted (e.g. in production) → no user is created. */
  adminUser?: { email: string; password: string }
}

export type SeedSummary = {
  created: Record<string, number>
  publishableKeys: { webshop: string; wholesale: string }
}

const FULFILLMENT_PROVIDER_ID = "manual_manual"
const SYSTEM_PAYMENT_PROVIDER_ID = "pp_system_default"
const STRIPE_PROVIDER_ID = "pp_stripe_stripe"
const FULFILLMENT_SET_NAME = "International courier from Phnom Penh"

/**
 * Loads AFESIP's store setup and catalog. Every step looks up what exists
 * first and creates only what is missing, so running it twice is harmless.
 */
export async function runSeed(container: MedusaContainer, options: SeedOptions): Promise<SeedSummary> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const created: Record<string, number> = {}
  const totalSteps = 15
  let step = 0
  const progress = (label: string, count: number) => {
    step += 1
    created[label] = count
    logger.info(`[seed ${step}/${totalSteps}] ${label}: ${count} created`)
  }

  const salesChannelModule = container.resolve(Modules.SALES_CHANNEL)
  const storeModule = container.resolve(Modules.STORE)
  const regionModule = container.resolve(Modules.REGION)
  const taxModule = container.resolve(Modules.TAX)
  const stockLocationModule = container.resolve(Modules.STOCK_LOCATION)
  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)
  const apiKeyModule = container.resolve(Modules.API_KEY)
  const productModule = container.resolve(Modules.PRODUCT)
  const userModule = container.resolve(Modules.USER)

  // 1. Sales channels: the first boot creates "Default Sales Channel"; it becomes the Webshop.
  let channelsCreated = 0
  let [webshop] = await salesChannelModule.listSalesChannels({ name: SALES_CHANNELS.webshop.name })
  if (!webshop) {
    const [defaultChannel] = await salesChannelModule.listSalesChannels({ name: "Default Sales Channel" })
    if (defaultChannel) {
      await updateSalesChannelsWorkflow(container).run({
        input: { selector: { id: defaultChannel.id }, update: { ...SALES_CHANNELS.webshop } },
      })
      webshop = await salesChannelModule.retrieveSalesChannel(defaultChannel.id)
    } else {
      const { result } = await createSalesChannelsWorkflow(container).run({
        input: { salesChannelsData: [{ ...SALES_CHANNELS.webshop }] },
      })
      webshop = result[0]
      channelsCreated += 1
    }
  }
  let [wholesale] = await salesChannelModule.listSalesChannels({ name: SALES_CHANNELS.wholesale.name })
  if (!wholesale) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: { salesChannelsData: [{ ...SALES_CHANNELS.wholesale }] },
    })
    wholesale = result[0]
    channelsCreated += 1
  }
  progress("sales channels", channelsCreated)

  // 2. Store: name, currencies, default channel.
  let [store] = await storeModule.listStores({})
  if (!store) {
    const { result } = await createStoresWorkflow(container).run({
      input: { stores: [{ name: STORE_NAME, supported_currencies: STORE_CURRENCIES.map((c) => ({ ...c })), default_sales_channel_id: webshop.id }] },
    })
    store = result[0]
  }
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: STORE_NAME,
        supported_currencies: STORE_CURRENCIES.map((c) => ({ ...c })),
        supported_locales: STORE_LOCALES.map((locale_code) => ({ locale_code })),
        default_sales_channel_id: webshop.id,
      },
    },
  })
  progress("store settings", 0)

  // 3. Publishable keys, one per sales channel.
  let keysCreated = 0
  const ensureKey = async (title: string, channelId: string, legacyTitle?: string) => {
    const activeKey = async (t: string) =>
      (await apiKeyModule.listApiKeys({ title: t, type: "publishable" })).find((k) => !k.revoked_at)
    let key = await activeKey(title)
    if (!key && legacyTitle) {
      const legacy = await activeKey(legacyTitle)
      if (legacy) {
        await updateApiKeysWorkflow(container).run({ input: { selector: { id: legacy.id }, update: { title } } })
        key = await apiKeyModule.retrieveApiKey(legacy.id)
      }
    }
    if (!key) {
      const { result } = await createApiKeysWorkflow(container).run({
        input: { api_keys: [{ title, type: "publishable", created_by: "" }] },
      })
      key = result[0]
      keysCreated += 1
    }
    const { data: linked } = await query.graph({
      entity: "api_key",
      fields: ["id", "sales_channels.id"],
      filters: { id: key.id },
    })
    const channelIds = ((linked[0]?.sales_channels ?? []) as ({ id: string } | null)[]).map((sc) => sc?.id)
    if (!channelIds.includes(channelId)) {
      await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [channelId] } })
    }
    return key.token
  }
  const webshopToken = await ensureKey("Webshop", webshop.id, "Default Publishable API Key")
  const wholesaleToken = await ensureKey("Wholesale", wholesale.id)
  progress("publishable keys", keysCreated)

  // 4. Regions with tax regions. Payment: Medusa's manual provider always, plus
  // Stripe when it is configured (STRIPE_API_KEY → the payment module enabled
  // pp_stripe_stripe at boot). Existing regions are brought in line too, so a
  // database kept between starts follows Stripe being switched on or off.
  const enabledStripe = await container.resolve(Modules.PAYMENT).listPaymentProviders({ id: STRIPE_PROVIDER_ID, is_enabled: true })
  const regionPaymentProviders = [SYSTEM_PAYMENT_PROVIDER_ID, ...(enabledStripe.length ? [STRIPE_PROVIDER_ID] : [])]
  const existingRegions = await regionModule.listRegions({}, { relations: ["countries"] })
  const missingRegions = regions.filter((r) => !existingRegions.some((e) => e.name === r.name))
  if (missingRegions.length) {
    await createRegionsWorkflow(container).run({
      input: {
        regions: missingRegions.map((r) => ({
          name: r.name,
          currency_code: r.currency_code,
          countries: r.countries,
          is_tax_inclusive: r.is_tax_inclusive,
          automatic_taxes: true,
          payment_providers: regionPaymentProviders,
        })),
      },
    })
  }
  const { data: regionProviders } = await query.graph({
    entity: "region",
    fields: ["id", "name", "payment_providers.id"],
    filters: { name: regions.map((r) => r.name) },
  })
  for (const region of regionProviders) {
    const current = ((region.payment_providers ?? []) as ({ id: string } | null)[]).flatMap((p) => (p ? [p.id] : []))
    // Keep providers staff added in the Admin; only the Stripe one follows the configuration.
    const wanted = [...new Set([...current.filter((id) => id !== STRIPE_PROVIDER_ID), ...regionPaymentProviders])]
    if (wanted.length !== current.length || wanted.some((id) => !current.includes(id))) {
      await updateRegionsWorkflow(container).run({ input: { selector: { id: region.id }, update: { payment_providers: wanted } } })
    }
  }
  const taxRegions = await taxModule.listTaxRegions({})
  const taxedCountries = new Set(taxRegions.filter((t) => !t.parent_id).map((t) => t.country_code))
  const missingTaxRegions = regions.flatMap((r) =>
    r.countries
      .filter((country) => !taxedCountries.has(country))
      .map((country) => ({
        country_code: country,
        provider_id: "tp_system",
        default_tax_rate: r.tax_rates[country] ?? { rate: 0, code: `${country.toUpperCase()}-NONE`, name: "No tax collected at checkout" },
      }))
  )
  if (missingTaxRegions.length) {
    await createTaxRegionsWorkflow(container).run({ input: missingTaxRegions })
  }
  const allRegions = await regionModule.listRegions({})
  const regionIdByName = new Map(allRegions.map((r) => [r.name, r.id]))
  progress("regions", missingRegions.length)

  // 5. Stock locations (AFESIP's facilities), linked to both channels and the manual provider.
  const existingLocations = await stockLocationModule.listStockLocations({})
  const locationIdByCode = new Map<FacilityCode, string>()
  let locationsCreated = 0
  for (const facility of facilities) {
    let location = existingLocations.find((l) => l.name === facility.name)
    if (!location) {
      const { result } = await createStockLocationsWorkflow(container).run({
        input: {
          locations: [
            {
              name: facility.name,
              address: { ...facility.address },
              metadata: { facility_code: facility.code, ships_orders: facility.ships_orders },
            },
          ],
        },
      })
      location = result[0]
      locationsCreated += 1
      await link.create({
        [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
        [Modules.FULFILLMENT]: { fulfillment_provider_id: FULFILLMENT_PROVIDER_ID },
      })
      await linkSalesChannelsToStockLocationWorkflow(container).run({
        input: { id: location.id, add: [webshop.id, wholesale.id] },
      })
    }
    locationIdByCode.set(facility.code, location.id)
  }
  progress("stock locations", locationsCreated)

  // 6. Shipping: one courier fulfillment set at the export centre, a zone per region,
  // Standard + Express priced by the courier provider from each cart's parcel (docs/shipping.md).
  // Options from an earlier seed (flat rates, manual provider) are converted in place.
  const [shippingProfile] = await fulfillmentModule.listShippingProfiles({ type: "default" })
  const profileId =
    shippingProfile?.id ??
    (
      await createShippingProfilesWorkflow(container).run({
        input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
      })
    ).result[0].id
  const shippingFacility = facilities.find((f) => f.ships_orders)!
  const shippingLocationId = locationIdByCode.get(shippingFacility.code)!
  let [fulfillmentSet] = await fulfillmentModule.listFulfillmentSets(
    { name: FULFILLMENT_SET_NAME },
    { relations: ["service_zones"] }
  )
  if (!fulfillmentSet) {
    await createLocationFulfillmentSetWorkflow(container).run({
      input: { location_id: shippingLocationId, fulfillment_set_data: { name: FULFILLMENT_SET_NAME, type: "shipping" } },
    })
    ;[fulfillmentSet] = await fulfillmentModule.listFulfillmentSets({ name: FULFILLMENT_SET_NAME }, { relations: ["service_zones"] })
  }
  // A shipping option may only use a provider its stock location offers.
  const { data: shippingLocations } = await query.graph({
    entity: "stock_location",
    fields: ["id", "fulfillment_providers.id"],
    filters: { id: shippingLocationId },
  })
  const locationProviders = ((shippingLocations[0]?.fulfillment_providers ?? []) as ({ id: string } | null)[]).map((p) => p?.id)
  if (!locationProviders.includes(COURIER_PROVIDER_ID)) {
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: shippingLocationId },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: COURIER_PROVIDER_ID },
    })
  }
  const sameData = (a: unknown, b: Record<string, unknown>) => {
    const sorted = (o: Record<string, unknown>) => JSON.stringify(Object.keys(o).sort().map((k) => [k, o[k]]))
    return !!a && typeof a === "object" && sorted(a as Record<string, unknown>) === sorted(b)
  }
  let optionsCreated = 0
  let optionsUpdated = 0
  for (const regionName of [...new Set(shippingOptions.map((o) => o.region))]) {
    const region = regions.find((r) => r.name === regionName)!
    let zone = fulfillmentSet.service_zones.find((z) => z.name === regionName)
    if (!zone) {
      const { result } = await createServiceZonesWorkflow(container).run({
        input: {
          data: [
            {
              name: regionName,
              fulfillment_set_id: fulfillmentSet.id,
              geo_zones: region.countries.map((country_code) => ({ type: "country" as const, country_code })),
            },
          ],
        },
      })
      zone = result[0]
    }
    const existingOptions = await fulfillmentModule.listShippingOptions({ service_zone: { id: zone.id } }, { relations: ["type"] })
    const wanted = shippingOptions.filter((o) => o.region === regionName)
    const missing = wanted.filter((o) => !existingOptions.some((e) => e.name === o.name))
    if (missing.length) {
      await createShippingOptionsWorkflow(container).run({
        input: missing.map((o) => ({
          name: o.name,
          price_type: "calculated" as const,
          provider_id: COURIER_PROVIDER_ID,
          service_zone_id: zone!.id,
          shipping_profile_id: profileId,
          type: { ...o.type },
          data: { ...o.data },
          rules: [
            { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
            { attribute: "is_return", value: "false", operator: "eq" as const },
          ],
        })),
      })
      optionsCreated += missing.length
    }
    for (const o of wanted) {
      const existing = existingOptions.find((e) => e.name === o.name)
      if (!existing) continue
      if (existing.price_type !== "calculated" || existing.provider_id !== COURIER_PROVIDER_ID || !sameData(existing.data, o.data)) {
        // Calculated options carry no prices: the workflow drops the old flat ones.
        await updateShippingOptionsWorkflow(container).run({
          input: [{ id: existing.id, price_type: "calculated", provider_id: COURIER_PROVIDER_ID, data: { ...o.data } }],
        })
        optionsUpdated += 1
      }
      if (existing.type && (existing.type.label !== o.type.label || existing.type.description !== o.type.description)) {
        await fulfillmentModule.updateShippingOptionTypes(existing.type.id, { label: o.type.label, description: o.type.description })
      }
    }
  }
  if (optionsUpdated) logger.info(`[seed] shipping options: ${optionsUpdated} switched to the courier's calculated rates`)
  progress("shipping options", optionsCreated)

  // 7. Categories and collections.
  const existingCategories = await productModule.listProductCategories({ handle: categories.map((c) => c.handle) })
  const missingCategories = categories.filter((c) => !existingCategories.some((e) => e.handle === c.handle))
  if (missingCategories.length) {
    await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: missingCategories.map((c) => ({
          name: c.name,
          handle: c.handle,
          description: c.description,
          is_active: true,
          is_internal: false,
        })),
      },
    })
  }
  const existingCollections = await productModule.listProductCollections({ handle: collections.map((c) => c.handle) })
  const missingCollections = collections.filter((c) => !existingCollections.some((e) => e.handle === c.handle))
  if (missingCollections.length) {
    await createCollectionsWorkflow(container).run({
      input: {
        collections: missingCollections.map((c) => ({ title: c.title, handle: c.handle, metadata: { description: c.description } })),
      },
    })
  }
  progress("categories and collections", missingCategories.length + missingCollections.length)
  const categoryIdByHandle = new Map(
    (await productModule.listProductCategories({ handle: categories.map((c) => c.handle) })).map((c) => [c.handle, c.id])
  )
  const collectionIdByHandle = new Map(
    (await productModule.listProductCollections({ handle: collections.map((c) => c.handle) })).map((c) => [c.handle, c.id])
  )

  // 8. Products. A product belongs to one collection in Medusa; the first listed is its home.
  const existingProducts = await productModule.listProducts({ handle: products.map((p) => p.handle) }, { select: ["handle"] })
  const existingHandles = new Set(existingProducts.map((p) => p.handle))
  const newProducts = products.filter((p) => !existingHandles.has(p.handle))
  const imageUrl = (file: string) => `${options.backendUrl.replace(/\/$/, "")}/static/catalog/${file}`
  const BATCH = 8
  for (let i = 0; i < newProducts.length; i += BATCH) {
    await createProductsWorkflow(container).run({
      input: {
        products: newProducts.slice(i, i + BATCH).map((p) => ({
          title: p.title,
          subtitle: p.subtitle,
          handle: p.handle,
          description: p.description,
          status: ProductStatus.PUBLISHED,
          discountable: true,
          shipping_profile_id: profileId,
          category_ids: [categoryIdByHandle.get(p.category)!],
          collection_id: collectionIdByHandle.get(p.collections[0]),
          tags: [],
          thumbnail: imageUrl(p.images[0]),
          images: p.images.map((file) => ({ url: imageUrl(file) })),
          material: p.material,
          origin_country: p.origin_country,
          hs_code: p.hs_code,
          weight: p.weight,
          length: p.length,
          width: p.width,
          height: p.height,
          metadata: {
            composition: p.composition,
            care: p.care,
            construction: p.construction,
            collections: p.collections,
            keywords: p.tags,
          },
          options: p.options.map((o) => ({ title: o.title, values: o.values })),
          sales_channels: [{ id: webshop.id }, { id: wholesale.id }],
          variants: p.variants.map((v) => ({
            title: Object.values(v.options).join(" / "),
            sku: v.sku,
            options: v.options,
            manage_inventory: true,
            allow_backorder: false,
            hs_code: p.hs_code,
            origin_country: p.origin_country,
            material: p.material,
            weight: p.weight,
            length: p.length,
            width: p.width,
            height: p.height,
            prices: (Object.entries(v.prices) as [string, number][]).map(([currency_code, amount]) => ({ currency_code, amount })),
          })),
        })),
      },
    })
  }
  progress("products", newProducts.length)

  // 9. Stock per facility for the new products' inventory items (matched by SKU).
  const newSkus = new Map(newProducts.flatMap((p) => p.variants.map((v) => [v.sku, v.stock] as const)))
  let levelsCreated = 0
  if (newSkus.size) {
    const { data: items } = await query.graph({
      entity: "inventory_item",
      fields: ["id", "sku"],
      filters: { sku: [...newSkus.keys()] },
    })
    const levels = items.flatMap((item) => {
      const stock = newSkus.get(item.sku!)
      if (!stock) return []
      return (Object.entries(stock) as [FacilityCode, number][]).map(([code, quantity]) => ({
        inventory_item_id: item.id,
        location_id: locationIdByCode.get(code)!,
        stocked_quantity: quantity,
      }))
    })
    for (let i = 0; i < levels.length; i += 200) {
      await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels.slice(i, i + 200) } })
    }
    levelsCreated = levels.length
  }
  progress("inventory levels", levelsCreated)

  // 10. Dev Admin user (only when asked for, never in production).
  let usersCreated = 0
  if (options.adminUser) {
    const { email, password } = options.adminUser
    const [existing] = await userModule.listUsers({ email })
    if (!existing) {
      const authModule = container.resolve(Modules.AUTH)
      const { result } = await createUsersWorkflow(container).run({ input: { users: [{ email, first_name: "AFESIP", last_name: "Staff", metadata: { afesip_roles: ["safeguarding"] } }] } })
      const { authIdentity, error } = await authModule.register("emailpass", { body: { email, password } })
      if (error || !authIdentity) {
        throw new Error(`Could not register the Admin user: ${error ?? "unknown error"}`)
      }
      await authModule.updateAuthIdentities({ id: authIdentity.id, app_metadata: { user_id: result[0].id } })
      usersCreated = 1
    }
  }
  progress("admin users", usersCreated)

  // 11. Facility stories, teams, makers with their consents, product credits and impact figures.
  const provenance = await seedProvenance(container, { backendUrl: options.backendUrl })
  progress("makers", provenance.makers)
  Object.assign(created, {
    "facility profiles": provenance.facilities,
    teams: provenance.teams,
    "impact figures": provenance.impact,
    "cost breakdowns": provenance.costs,
  })

  // 12. French product, category and collection text (translation module).
  progress("translations", await seedTranslations(container))

  // 13. Promo codes for the cart.
  progress("promotions", await seedPromotions(container))

  // 14. Customs data per variant, the exporter's working details and facility MIDs (docs/export-paperwork.md).
  progress("customs data", await seedCustoms(container))

  // 15. Return options, so buyers can ask to return delivered pieces from their account.
  progress("return options", await seedReturnOptions(container, { fulfillmentSetName: FULFILLMENT_SET_NAME, providerId: FULFILLMENT_PROVIDER_ID }))

  return { created, publishableKeys: { webshop: webshopToken, wholesale: wholesaleToken } }
}
