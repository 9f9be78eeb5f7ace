import { MedusaError } from "@medusajs/framework/utils"
import { CourierFulfillmentService, readTracking } from "../service"

const logger = { warn: jest.fn(), info: jest.fn(), error: jest.fn(), debug: jest.fn() }
const provider = () => new CourierFulfillmentService({ logger: logger as never })

/** The context calculatePrice gets: the cart with its items' variants. */
const cart = (currency: string, items: { sku: string; quantity: number; weight?: number | null; dims?: [number, number, number] | null }[]) =>
  ({
    id: "cart_1",
    currency_code: currency,
    items: items.map((i, n) => ({
      id: `li_${n}`,
      quantity: i.quantity,
      variant_sku: i.sku,
      variant: { id: `variant_${n}`, weight: i.weight ?? null, length: i.dims?.[0] ?? null, width: i.dims?.[1] ?? null, height: i.dims?.[2] ?? null },
    })),
  }) as never

const dress = { sku: "AFF-DRS-MEKONG-S-IND", weight: 290, dims: [30, 24, 4] as [number, number, number] }

beforeEach(() => jest.clearAllMocks())

describe("courier provider", () => {
  it("offers every zone × service as a fulfillment option, with the delivery estimate", async () => {
    const options = await provider().getFulfillmentOptions()
    expect(options).toHaveLength(10)
    expect(options).toContainEqual({
      id: "courier-eu-express",
      name: "Express — European Union",
      zone: "EU",
      service: "express",
      transit_days_min: 3,
      transit_days_max: 5,
      delivery_estimate: "3–5 business days",
    })
    expect(options.every((o) => !o.is_return)).toBe(true)
  })

  it.each([
    [{ zone: "EU", service: "express" }, true],
    [{ zone: "ROW", service: "standard" }, true],
    [{ zone: "MARS", service: "standard" }, false],
    [{ zone: "EU", service: "overnight" }, false],
    [{}, false],
  ])("validateOption(%p) is %p", async (data, valid) => {
    expect(await provider().validateOption(data)).toBe(valid)
    expect(await provider().canCalculate({ data } as never)).toBe(valid)
  })

  it("can calculate an option whose data is not being changed", async () => {
    expect(await provider().canCalculate({ name: "Renamed" } as never)).toBe(true)
  })

  it("keeps only zone and service as the shipping method's data, and refuses unknown ones", async () => {
    const p = provider()
    await expect(
      p.validateFulfillmentData({ zone: "UK", service: "standard", id: "x" }, { tracking_number: "from-the-buyer" }, {} as never)
    ).resolves.toEqual({ zone: "UK", service: "standard" })
    await expect(p.validateFulfillmentData({ zone: "UK", service: "drone" }, {}, {} as never)).rejects.toThrow(/unknown zone or service/)
  })

  it.each([
    { option: { zone: "EU", service: "standard" }, currency: "eur", amount: 21, inclusive: true },
    { option: { zone: "EU", service: "express" }, currency: "eur", amount: 45.5, inclusive: true },
    { option: { zone: "US", service: "standard" }, currency: "usd", amount: 22.5, inclusive: false },
    { option: { zone: "AU", service: "express" }, currency: "AUD", amount: 57, inclusive: true },
  ])("prices one dress (1 kg chargeable) for $option.zone $option.service", async ({ option, currency, amount, inclusive }) => {
    await expect(provider().calculatePrice(option, {}, cart(currency, [{ ...dress, quantity: 1 }]))).resolves.toEqual({
      calculated_amount: amount,
      is_calculated_price_tax_inclusive: inclusive,
    })
    expect(logger.warn).not.toHaveBeenCalled()
  })

  it("prices a variant without figures with the default unit and logs a warning naming it", async () => {
    const price = await provider().calculatePrice({ zone: "UK", service: "standard" }, {}, cart("gbp", [{ sku: "NO-FIGURES", quantity: 1 }]))
    // 500 g → 0.65 kg actual; 35 × 28 × 6 cm × 1.1 → 1.29 kg volumetric → 1.5 kg: 15 + 2 × 3.5
    expect(price.calculated_amount).toBe(22)
    expect(logger.warn).toHaveBeenCalledTimes(1)
    expect(logger.warn.mock.calls[0][0]).toMatch(/NO-FIGURES \(no weight, no dimensions\)/)
  })

  it("refuses a parcel over the service's weight limit with a message for the buyer", async () => {
    const heavy = cart("eur", [{ sku: "BALE", quantity: 1, weight: 25_000, dims: [60, 40, 40] }])
    const error = await provider()
      .calculatePrice({ zone: "EU", service: "standard" }, {}, heavy)
      .catch((e: MedusaError) => e)
    expect(error).toBeInstanceOf(MedusaError)
    expect((error as MedusaError).type).toBe(MedusaError.Types.NOT_ALLOWED)
    expect((error as MedusaError).message).toMatch(/Standard shipping to European Union takes parcels up to 20 kg; this order weighs 27\.5 kg/)
    // Express takes it: 27.5 kg = 55 steps → 39 + 54 × 6.5
    await expect(provider().calculatePrice({ zone: "EU", service: "express" }, {}, heavy)).resolves.toEqual({
      calculated_amount: 390,
      is_calculated_price_tax_inclusive: true,
    })
  })

  it.each([
    [{ zone: "EU", service: "standard" }, "usd", /no price in USD/],
    [{ zone: "XX", service: "standard" }, "usd", /unknown zone or service/],
    [{ zone: "EU", service: "standard" }, "", /currency/],
  ])("refuses %p in %p", async (option, currency, message) => {
    await expect(provider().calculatePrice(option, {}, cart(currency, [{ ...dress, quantity: 1 }]))).rejects.toThrow(message)
  })

  describe("createFulfillment", () => {
    const create = (data: Record<string, unknown>, labels: unknown = [], additional?: Record<string, unknown>) =>
      provider().createFulfillment(data, [], undefined, { labels } as never, additional)

    it("without tracking: keeps the method's data, no labels", async () => {
      await expect(create({ zone: "EU", service: "express" })).resolves.toEqual({ data: { zone: "EU", service: "express" }, labels: [] })
    })

    it("takes carrier and tracking from the data and turns the number into a label", async () => {
      const result = await create({ zone: "EU", service: "express", carrier: "DHL Express", tracking_number: "JD0146", tracking_url: "https://track.example/JD0146" })
      expect(result).toEqual({
        data: { zone: "EU", service: "express", carrier: "DHL Express", tracking_number: "JD0146", tracking_url: "https://track.example/JD0146" },
        labels: [{ tracking_number: "JD0146", tracking_url: "https://track.example/JD0146", label_url: "" }],
      })
    })

    it("keeps the labels staff entered and copies the first number into the data; additional_data wins over data", async () => {
      const result = await create(
        { zone: "US", service: "standard", carrier: "EMS" },
        [{ id: "fulla_1", tracking_number: "EE123KH", tracking_url: "", label_url: "" }],
        { carrier: "Cambodia Post" }
      )
      expect(result).toEqual({
        data: { zone: "US", service: "standard", carrier: "Cambodia Post", tracking_number: "EE123KH" },
        labels: [{ tracking_number: "EE123KH", tracking_url: "", label_url: "" }],
      })
    })

    it("reads labels from an ORM collection too", async () => {
      const collection = { getItems: () => [{ id: "fulla_2", tracking_number: "X1", tracking_url: "https://t/X1", label_url: "https://l/X1" }] }
      const result = await create({ zone: "AU", service: "express", tracking_number: "X1" }, collection)
      expect(result.labels).toEqual([{ tracking_number: "X1", tracking_url: "https://t/X1", label_url: "https://l/X1" }])
    })

    it("ignores tracking fields that are not text", () => {
      expect(readTracking({ carrier: " ", tracking_number: 42, tracking_url: "https://t/1" })).toEqual({ tracking_url: "https://t/1" })
    })
  })
})
