import { EMAIL_TEMPLATES, renderEmail, storedEmailData, type OrderConfirmationData, type PasswordResetData, type ShippingConfirmationData } from ".."

const order = (overrides: Partial<OrderConfirmationData> = {}): OrderConfirmationData => ({
  locale: "en",
  display_id: 1042,
  currency_code: "eur",
  items: [
    { title: "Kampot Linen Shirt", variant: "M / Indigo", quantity: 2, unit_price: 59, total: 118 },
    { title: "Krama Scarf", variant: null, quantity: 1, unit_price: 24.5, total: 24.5 },
  ],
  subtotal: 142.5,
  discount: 0,
  shipping: 12,
  tax: 25.75,
  total: 154.5,
  tax_inclusive: true,
  tax_label: "VAT",
  shipping_method: "Standard (European Union)",
  shipping_address: ["Camille Martin", "12 rue des Lilas", "75011 Paris", "France"],
  duties_may_be_due: false,
  order_url: "https://shop.example/fr/order/order_01/confirmed",
  ...overrides,
})

const shipment = (overrides: Partial<ShippingConfirmationData> = {}): ShippingConfirmationData => ({
  locale: "en",
  display_id: 1042,
  carrier: "DHL Express",
  tracking: [{ number: "JD014600006281234567", url: "https://track.example/?id=JD014600006281234567&lang=en" }],
  items: [{ title: "Kampot Linen Shirt", variant: "M / Indigo", quantity: 2 }],
  shipping_address: ["Camille Martin", "75011 Paris", "France"],
  order_url: "https://shop.example/fr/order/order_01/confirmed",
  ...overrides,
})

const reset = (overrides: Partial<PasswordResetData> = {}): PasswordResetData => ({
  locale: "en",
  first_name: "Sophea",
  reset_url: "https://shop.example/us/account/reset-password?token=abc.def.ghi&email=buyer%40example.com",
  valid_minutes: 15,
  ...overrides,
})

/** Text of the HTML with tags removed and entities decoded, for readable assertions. */
const visible = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;|&#xa0;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/\s+/g, " ")

describe("order confirmation", () => {
  it.each([
    {
      name: "EUR, tax-inclusive, English",
      data: order(),
      subject: "Your AFESIP Fair Fashion order #1042",
      expected: ["#1042", "Kampot Linen Shirt", "M / Indigo", "Qty 2 × €59.00", "€118.00", "Subtotal", "€142.50", "Shipping", "€12.00", "Total", "€154.50", "incl. VAT", "€25.75", "12 rue des Lilas"],
      absent: ["import duties", "Taxes"],
    },
    {
      name: "USD, tax-exclusive, duties due",
      data: order({ currency_code: "usd", tax_inclusive: false, tax: 0, total: 154.5, duties_may_be_due: true, shipping_address: ["Ann Lee", "1 Main St", "10001 New York", "United States"] }),
      subject: "Your AFESIP Fair Fashion order #1042",
      expected: ["#1042", "$59.00", "Taxes", "$0.00", "$154.50", "import duties and taxes may be due on delivery"],
      absent: ["incl. VAT"],
    },
    {
      name: "French order",
      data: order({ locale: "fr", discount: 14.25, total: 140.25 }),
      subject: "Votre commande AFESIP Fair Fashion #1042",
      expected: ["Merci pour votre commande #1042", "Qté 2", "118,00 €", "Sous-total", "Remise", "−14,25 €", "dont TVA", "25,75 €", "140,25 €", "Voir votre commande"],
      absent: ["Thank you"],
    },
    {
      name: "AUD with GST",
      data: order({ currency_code: "aud", tax_label: "GST" }),
      subject: "Your AFESIP Fair Fashion order #1042",
      expected: ["A$154.50", "incl. GST"],
      absent: ["incl. VAT"],
    },
  ])("$name", async ({ data, subject, expected, absent }) => {
    const email = await renderEmail("order-confirmation", data)
    expect(email.subject).toBe(subject)
    const text = visible(email.html)
    for (const fragment of expected) expect(text).toContain(fragment)
    for (const fragment of absent) expect(text).not.toContain(fragment)
    expect(email.html).toContain(`href="${data.order_url}"`)
    expect(email.text).toContain("#1042")
    expect(email.text).toContain(data.order_url)
  })
})

describe("shipping confirmation", () => {
  it("names the carrier, the tracking number and links the tracking page", async () => {
    const email = await renderEmail("shipping-confirmation", shipment())
    expect(email.subject).toBe("Your order #1042 is on its way")
    const text = visible(email.html)
    expect(text).toContain("DHL Express")
    expect(text).toContain("Tracking number: JD014600006281234567")
    expect(text).toContain("Kampot Linen Shirt")
    expect(text).toContain("Qty 2")
    expect(email.html).toContain('href="https://track.example/?id=JD014600006281234567&amp;lang=en"')
    expect(email.text).toContain("https://track.example/?id=JD014600006281234567&lang=en")
  })

  it.each([
    { name: "no labels", tracking: [], shows: "has not given us a tracking number" },
    { name: "a javascript: link is not a link", tracking: [{ number: "123", url: "javascript:alert(1)" }], shows: "Tracking number: 123" },
  ])("$name", async ({ tracking, shows }) => {
    const email = await renderEmail("shipping-confirmation", shipment({ tracking, carrier: null }))
    expect(visible(email.html)).toContain(shows)
    expect(email.html).not.toContain("javascript:")
    expect(visible(email.html)).not.toContain("Carrier")
  })

  it("speaks French for French orders", async () => {
    const email = await renderEmail("shipping-confirmation", shipment({ locale: "fr" }))
    expect(email.subject).toBe("Votre commande #1042 est en route")
    expect(visible(email.html)).toContain("Suivre votre colis")
  })
})

describe("password reset", () => {
  it.each([
    { locale: "en" as const, subject: "Reset your AFESIP Fair Fashion password", says: ["Hello Sophea,", "expires in 15 minutes"] },
    { locale: "fr" as const, subject: "Réinitialisez votre mot de passe AFESIP Fair Fashion", says: ["Bonjour Sophea,", "expire dans 15 minutes"] },
  ])("links the reset page ($locale)", async ({ locale, subject, says }) => {
    const data = reset({ locale })
    const email = await renderEmail("password-reset", data)
    expect(email.subject).toBe(subject)
    expect(email.html).toContain(`href="${data.reset_url.replace(/&/g, "&amp;")}"`)
    expect(email.text).toContain(data.reset_url)
    for (const fragment of says) expect(visible(email.html)).toContain(fragment)
  })

  it("keeps the reset link out of the data stored with the notification", () => {
    const stored = storedEmailData("password-reset", reset())
    expect(JSON.stringify(stored)).not.toContain("token")
    expect(stored).toEqual({ locale: "en", first_name: "Sophea", valid_minutes: 15 })
  })
})

it("every template renders a complete HTML document with a plain-text part", async () => {
  const samples = { "order-confirmation": order(), "shipping-confirmation": shipment(), "password-reset": reset() } as const
  expect([...EMAIL_TEMPLATES].sort()).toEqual(Object.keys(samples).sort())
  for (const template of EMAIL_TEMPLATES) {
    const email = await renderEmail(template, samples[template] as never)
    expect(email.html).toMatch(/^<!DOCTYPE html/)
    expect(email.html).toContain("AFESIP Fair Fashion")
    expect(email.text.length).toBeGreaterThan(50)
    expect(email.text).not.toContain("<")
  }
})
