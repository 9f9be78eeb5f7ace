import { carrierName, orderConfirmationData, passwordResetData, shippingConfirmationData, type EmailOrder } from "../data"
import { dutiesMayBeDue, formatMoney } from "../format"
import { pickLocale } from "../i18n"

const env = { STOREFRONT_URL: "https://shop.example/" }

const baseOrder = (overrides: Partial<EmailOrder> = {}): EmailOrder => ({
  id: "order_01",
  display_id: 1042,
  email: "buyer@example.com",
  currency_code: "eur",
  total: 130,
  tax_total: 21.67,
  discount_total: 0,
  discount_subtotal: 0,
  item_subtotal: 98.33,
  original_item_total: 118,
  shipping_total: 12,
  shipping_subtotal: 10,
  original_shipping_total: 12,
  original_shipping_subtotal: 10,
  items: [{ id: "li_1", title: "M / Indigo", product_title: "Kampot Linen Shirt", variant_title: "M / Indigo", quantity: 2, unit_price: 59, is_tax_inclusive: true }],
  shipping_address: { first_name: "Camille", last_name: "Martin", address_1: "12 rue des Lilas", postal_code: "75011", city: "Paris", country_code: "fr" },
  shipping_methods: [{ name: "Standard (European Union)" }],
  ...overrides,
})

describe("order confirmation data", () => {
  it.each([
    {
      name: "tax-inclusive EUR order: amounts with VAT, no duties note",
      order: baseOrder(),
      expected: { subtotal: 118, shipping: 12, tax: 21.67, total: 130, tax_inclusive: true, tax_label: "VAT", duties_may_be_due: false },
    },
    {
      name: "tax-exclusive USD order to the US: amounts before tax, duties may be due",
      order: baseOrder({
        currency_code: "usd",
        item_subtotal: 118,
        shipping_subtotal: 15,
        original_shipping_subtotal: 15,
        tax_total: 0,
        total: 133,
        items: [{ id: "li_1", product_title: "Kampot Linen Shirt", variant_title: "M", quantity: 2, unit_price: 59, is_tax_inclusive: false }],
        shipping_address: { first_name: "Ann", address_1: "1 Main St", city: "New York", country_code: "us" },
      }),
      expected: { subtotal: 118, shipping: 15, tax: 0, total: 133, tax_inclusive: false, duties_may_be_due: true },
    },
    {
      name: "Australian order says GST",
      order: baseOrder({ currency_code: "aud", shipping_address: { country_code: "au", city: "Sydney" } }),
      expected: { tax_label: "GST", duties_may_be_due: false },
    },
  ])("$name", ({ order, expected }) => {
    expect(orderConfirmationData(order, env)).toEqual(expect.objectContaining(expected))
  })

  it("lists items with variant, quantity and prices, and links the storefront order page", () => {
    const data = orderConfirmationData(baseOrder(), env)
    expect(data.items).toEqual([{ title: "Kampot Linen Shirt", variant: "M / Indigo", quantity: 2, unit_price: 59, total: 118 }])
    expect(data.order_url).toBe("https://shop.example/fr/order/order_01/confirmed")
    expect(data.shipping_address).toEqual(["Camille Martin", "12 rue des Lilas", "75011 Paris", "France"])
    expect(data.display_id).toBe(1042)
  })

  it.each([
    { name: "order locale", order: { locale: "fr-FR" }, locale: "fr" },
    { name: "order metadata", order: { metadata: { locale: "fr-FR" } }, locale: "fr" },
    { name: "customer metadata", order: { customer: { metadata: { locale: "fr" } } }, locale: "fr" },
    { name: "the order's English locale wins over the customer's", order: { locale: "en-US", customer: { metadata: { locale: "fr-FR" } } }, locale: "en" },
    { name: "nothing set", order: {}, locale: "en" },
  ])("language from $name", ({ order, locale }) => {
    expect(orderConfirmationData(baseOrder(order as Partial<EmailOrder>), env).locale).toBe(locale)
  })
})

describe("shipping confirmation data", () => {
  it("takes tracking from the labels, the carrier from the fulfillment, item names from the order", () => {
    const data = shippingConfirmationData(
      {
        id: "ful_1",
        provider_id: "manual_manual",
        metadata: { carrier: "DHL Express" },
        labels: [{ tracking_number: "JD0146", tracking_url: "https://track.example/JD0146" }],
        items: [{ title: "M / Indigo", quantity: 1, line_item_id: "li_1" }],
        order: { id: "order_01" },
      },
      baseOrder(),
      env
    )
    expect(data).toEqual(
      expect.objectContaining({
        display_id: 1042,
        carrier: "DHL Express",
        tracking: [{ number: "JD0146", url: "https://track.example/JD0146" }],
        items: [{ title: "Kampot Linen Shirt", variant: "M / Indigo", quantity: 1 }],
      })
    )
  })

  it.each([
    { fulfillment: { data: { carrier: "La Poste" }, provider_id: "dhl_express" }, carrier: "La Poste" },
    { fulfillment: { metadata: { carrier_name: "Cambodia Post" } }, carrier: "Cambodia Post" },
    { fulfillment: { provider_id: "dhl_express" }, carrier: "DHL" },
    { fulfillment: { provider_id: "manual_manual" }, carrier: undefined },
  ])("carrier of $fulfillment is $carrier", ({ fulfillment, carrier }) => {
    expect(carrierName(fulfillment)).toBe(carrier)
  })
})

describe("password reset data", () => {
  it.each([
    { name: "no customer record", customer: null, metadata: undefined, url: "https://shop.example/us/account/reset-password?token=tok.en&email=Buyer%40Example.com", locale: "en" },
    {
      name: "default shipping address decides the country; customer locale French",
      customer: { first_name: "Sophea", metadata: { locale: "fr-FR" }, addresses: [{ country_code: "de" }, { country_code: "fr", is_default_shipping: true }] },
      metadata: undefined,
      url: "https://shop.example/fr/account/reset-password?token=tok.en&email=Buyer%40Example.com",
      locale: "fr",
    },
    {
      name: "what the storefront sent with the request, when the customer has nothing",
      customer: { addresses: [] },
      metadata: { locale: "fr-FR", country_code: "BE" },
      url: "https://shop.example/be/account/reset-password?token=tok.en&email=Buyer%40Example.com",
      locale: "fr",
    },
    {
      name: "a country code that is not one is ignored",
      customer: null,
      metadata: { country_code: "../evil" },
      url: "https://shop.example/us/account/reset-password?token=tok.en&email=Buyer%40Example.com",
      locale: "en",
    },
  ])("$name", ({ customer, metadata, url, locale }) => {
    const data = passwordResetData({ email: "Buyer@Example.com", token: "tok.en", customer, requestMetadata: metadata }, env)
    expect(data.reset_url).toBe(url)
    expect(data.locale).toBe(locale)
    expect(data.valid_minutes).toBe(15)
  })
})

describe("formatting", () => {
  it.each([
    [148, "usd", "en", "$148.00"],
    [148, "eur", "en", "€148.00"],
    [24.5, "eur", "fr", "24,50 €"],
    [99, "gbp", "en", "£99.00"],
    [1200, "jpy", "en", "¥1,200"],
  ] as const)("%p %s in %s is %s", (amount, currency, locale, expected) => {
    expect(formatMoney(amount, currency, locale).replace(/\u202f|\u00a0/g, " ")).toBe(expected)
  })

  it.each([
    ["us", true],
    ["ca", true],
    ["ch", true],
    ["de", false],
    ["FR", false],
    ["gb", false],
    ["au", false],
  ])("duties may be due for %s: %p", (country, due) => {
    expect(dutiesMayBeDue(country)).toBe(due)
  })

  it.each([
    [["fr-FR"], "fr"],
    [["fr"], "fr"],
    [[undefined, "", "fr_CA"], "fr"],
    [["en-US", "fr-FR"], "en"],
    [["french"], "en"],
    [[], "en"],
  ] as const)("pickLocale(%p) is %s", (candidates, locale) => {
    expect(pickLocale(...candidates)).toBe(locale)
  })
})
