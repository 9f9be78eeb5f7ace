/**
 * Turns what `query.graph` returns for orders, fulfillments and customers into
 * the data the templates render. Pure (no container), so it is unit-tested.
 */
import { countryPath, dutiesMayBeDue, storefrontUrl, type Env } from "./format"
import { intlLocale, pickLocale, type EmailLocale } from "./i18n"
import type { OrderConfirmationData } from "./order-confirmation"
import type { PasswordResetData } from "./password-reset"
import type { ShippingConfirmationData, Tracking } from "./shipping-confirmation"

type Metadata = Record<string, unknown> | null | undefined

export type EmailAddress = {
  first_name?: string | null
  last_name?: string | null
  company?: string | null
  address_1?: string | null
  address_2?: string | null
  postal_code?: string | null
  city?: string | null
  province?: string | null
  country_code?: string | null
}

export type EmailOrder = {
  id: string
  display_id?: number | string | null
  email?: string | null
  currency_code: string
  locale?: string | null
  metadata?: Metadata
  no_notification?: boolean | null
  customer?: { metadata?: Metadata } | null
  total?: number | null
  tax_total?: number | null
  discount_total?: number | null
  discount_subtotal?: number | null
  item_subtotal?: number | null
  original_item_total?: number | null
  shipping_total?: number | null
  shipping_subtotal?: number | null
  original_shipping_total?: number | null
  original_shipping_subtotal?: number | null
  items?: ({
    id: string
    title?: string | null
    product_title?: string | null
    variant_title?: string | null
    quantity?: number | null
    unit_price?: number | null
    is_tax_inclusive?: boolean | null
  } | null)[] | null
  shipping_address?: EmailAddress | null
  shipping_methods?: ({ name?: string | null } | null)[] | null
}

/** Fields the order emails need, for `query.graph({ entity: "order", fields })`. */
export const ORDER_EMAIL_FIELDS = [
  "id",
  "display_id",
  "email",
  "currency_code",
  "locale",
  "metadata",
  "no_notification",
  "customer.metadata",
  "total",
  "tax_total",
  "discount_total",
  "discount_subtotal",
  "item_subtotal",
  "original_item_total",
  "shipping_total",
  "shipping_subtotal",
  "original_shipping_total",
  "original_shipping_subtotal",
  "items.id",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.quantity",
  "items.unit_price",
  "items.is_tax_inclusive",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.company",
  "shipping_address.address_1",
  "shipping_address.address_2",
  "shipping_address.postal_code",
  "shipping_address.city",
  "shipping_address.province",
  "shipping_address.country_code",
  "shipping_methods.name",
]

export type EmailFulfillment = {
  id: string
  provider_id?: string | null
  data?: Metadata
  metadata?: Metadata
  labels?: ({ tracking_number?: string | null; tracking_url?: string | null } | null)[] | null
  items?: ({ title?: string | null; quantity?: number | null; line_item_id?: string | null } | null)[] | null
  order?: { id: string } | null
}

export const FULFILLMENT_EMAIL_FIELDS = [
  "id",
  "provider_id",
  "data",
  "metadata",
  "labels.tracking_number",
  "labels.tracking_url",
  "items.title",
  "items.quantity",
  "items.line_item_id",
  "order.id",
]

export type EmailCustomer = {
  first_name?: string | null
  has_account?: boolean | null
  metadata?: Metadata
  addresses?: ({ country_code?: string | null; is_default_shipping?: boolean | null; is_default_billing?: boolean | null } | null)[] | null
}

export const CUSTOMER_EMAIL_FIELDS = [
  "id",
  "first_name",
  "has_account",
  "metadata",
  "addresses.country_code",
  "addresses.is_default_shipping",
  "addresses.is_default_billing",
]

/** Medusa's reset tokens last 15 minutes (generateResetPasswordTokenWorkflow). */
export const RESET_TOKEN_MINUTES = 15

const num = (value: unknown): number => (typeof value === "number" && Number.isFinite(value) ? value : Number(value ?? 0) || 0)
const text = (value: unknown): string | undefined => (typeof value === "string" && value.trim() ? value.trim() : undefined)
const meta = (m: Metadata, key: string): unknown => (m && typeof m === "object" ? m[key] : undefined)

export function orderLocale(order: Pick<EmailOrder, "locale" | "metadata" | "customer">): EmailLocale {
  return pickLocale(order.locale, meta(order.metadata, "locale"), meta(order.customer?.metadata, "locale"))
}

function countryName(code: string, locale: EmailLocale): string {
  try {
    return new Intl.DisplayNames([intlLocale(locale)], { type: "region" }).of(code.toUpperCase()) ?? code.toUpperCase()
  } catch {
    return code.toUpperCase()
  }
}

export function addressLines(address: EmailAddress | null | undefined, locale: EmailLocale): string[] {
  if (!address) return []
  const name = [text(address.first_name), text(address.last_name)].filter(Boolean).join(" ")
  const cityLine = [text(address.postal_code), text(address.city)].filter(Boolean).join(" ")
  const country = text(address.country_code)
  return [name, text(address.company), text(address.address_1), text(address.address_2), cityLine, text(address.province), country ? countryName(country, locale) : undefined].filter(
    (line): line is string => Boolean(line)
  )
}

/** The storefront page of an order (the buyer's browser or her account can open it). */
export function orderPageUrl(order: Pick<EmailOrder, "id" | "shipping_address">, env: Env): string {
  return `${storefrontUrl(env)}/${countryPath(order.shipping_address?.country_code)}/order/${encodeURIComponent(order.id)}/confirmed`
}

export function orderConfirmationData(order: EmailOrder, env: Env): OrderConfirmationData {
  const locale = orderLocale(order)
  const items = (order.items ?? []).filter((i): i is NonNullable<typeof i> => Boolean(i))
  const taxInclusive = items.some((i) => i.is_tax_inclusive)
  const country = order.shipping_address?.country_code?.toLowerCase() ?? ""
  const lines = items.map((item) => {
    const quantity = num(item.quantity)
    const unit = num(item.unit_price)
    return {
      title: text(item.product_title) ?? text(item.title) ?? "",
      variant: text(item.variant_title) ?? null,
      quantity,
      unit_price: unit,
      total: unit * quantity,
    }
  })
  const itemsSum = lines.reduce((sum, line) => sum + line.total, 0)
  return {
    locale,
    display_id: order.display_id ?? "",
    currency_code: order.currency_code,
    items: lines,
    // Tax-inclusive orders show amounts with VAT (what the buyer saw); others before tax, then the tax line.
    subtotal: taxInclusive ? num(order.original_item_total ?? itemsSum) : num(order.item_subtotal ?? itemsSum),
    discount: taxInclusive ? num(order.discount_total) : num(order.discount_subtotal ?? order.discount_total),
    shipping: taxInclusive
      ? num(order.original_shipping_total ?? order.shipping_total)
      : num(order.original_shipping_subtotal ?? order.shipping_subtotal ?? order.shipping_total),
    tax: num(order.tax_total),
    total: num(order.total),
    tax_inclusive: taxInclusive,
    tax_label: country === "au" ? "GST" : "VAT",
    shipping_method: (order.shipping_methods ?? []).map((m) => text(m?.name)).filter(Boolean).join(", ") || null,
    shipping_address: addressLines(order.shipping_address, locale),
    duties_may_be_due: dutiesMayBeDue(country),
    order_url: orderPageUrl(order, env),
  }
}

const PROVIDER_CARRIERS: Record<string, string> = { dhl: "DHL", fedex: "FedEx", ups: "UPS", usps: "USPS", ems: "EMS" }

/**
 * The carrier's name: from the fulfillment's data or metadata (`carrier` or
 * `carrier_name`, as an Admin extension or a provider sets it), else from a
 * real provider's id. The built-in manual provider names no carrier.
 */
export function carrierName(fulfillment: Pick<EmailFulfillment, "data" | "metadata" | "provider_id">): string | undefined {
  for (const source of [fulfillment.data, fulfillment.metadata]) {
    const name = text(meta(source, "carrier")) ?? text(meta(source, "carrier_name"))
    if (name) return name
  }
  const provider = text(fulfillment.provider_id)?.split("_")[0]?.toLowerCase()
  if (!provider || provider === "manual") return undefined
  return PROVIDER_CARRIERS[provider] ?? provider.charAt(0).toUpperCase() + provider.slice(1)
}

export function shippingConfirmationData(fulfillment: EmailFulfillment, order: EmailOrder, env: Env): ShippingConfirmationData {
  const locale = orderLocale(order)
  const orderItems = new Map((order.items ?? []).filter(Boolean).map((item) => [item!.id, item!]))
  const tracking: Tracking[] = (fulfillment.labels ?? [])
    .filter((label): label is NonNullable<typeof label> => Boolean(label))
    .map((label) => ({ number: text(label.tracking_number) ?? null, url: text(label.tracking_url) ?? null }))
  return {
    locale,
    display_id: order.display_id ?? "",
    carrier: carrierName(fulfillment) ?? null,
    tracking,
    items: (fulfillment.items ?? [])
      .filter((item): item is NonNullable<typeof item> => Boolean(item))
      .map((item) => {
        const line = item.line_item_id ? orderItems.get(item.line_item_id) : undefined
        return {
          title: text(line?.product_title) ?? text(item.title) ?? text(line?.title) ?? "",
          variant: text(line?.variant_title) ?? null,
          quantity: num(item.quantity),
        }
      }),
    shipping_address: addressLines(order.shipping_address, locale),
    order_url: orderPageUrl(order, env),
  }
}

/** A customer's country for storefront links: default shipping address, then default billing, then any address. */
export function customerCountry(customer: EmailCustomer | null | undefined): string | undefined {
  const addresses = (customer?.addresses ?? []).filter((a): a is NonNullable<typeof a> => Boolean(a?.country_code))
  const chosen = addresses.find((a) => a.is_default_shipping) ?? addresses.find((a) => a.is_default_billing) ?? addresses[0]
  return chosen?.country_code ?? undefined
}

/**
 * Reset email data. `requestMetadata` is what the storefront sent with the
 * reset request (`metadata` in the body of /auth/customer/emailpass/reset-password):
 * `locale` and `country_code` there are used when the customer record has none.
 */
export function passwordResetData(
  input: { email: string; token: string; customer?: EmailCustomer | null; requestMetadata?: Metadata },
  env: Env
): PasswordResetData {
  const locale = pickLocale(meta(input.customer?.metadata, "locale"), meta(input.requestMetadata, "locale"))
  const country = countryPath(customerCountry(input.customer) ?? meta(input.requestMetadata, "country_code"))
  const query = new URLSearchParams({ token: input.token, email: input.email })
  return {
    locale,
    first_name: text(input.customer?.first_name) ?? null,
    reset_url: `${storefrontUrl(env)}/${country}/account/reset-password?${query.toString()}`,
    valid_minutes: RESET_TOKEN_MINUTES,
  }
}
