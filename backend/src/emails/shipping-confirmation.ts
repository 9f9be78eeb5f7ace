import { createElement as h } from "react"
import { Section, Text } from "@react-email/components"
import { orderNumber, safeHttpUrl } from "./format"
import { strings, type EmailLocale } from "./i18n"
import { AddressBlock, CallToAction, Divider, EmailLayout, ItemRows, Paragraph, Small, Subtitle, TextLink, Title, colors, styles } from "./layout"

export type ShippedItem = { title: string; variant?: string | null; quantity: number }
export type Tracking = { number?: string | null; url?: string | null }

export type ShippingConfirmationData = {
  locale: EmailLocale
  display_id: number | string
  carrier?: string | null
  /** One entry per label on the fulfillment. */
  tracking: Tracking[]
  items: ShippedItem[]
  shipping_address: string[]
  order_url?: string | null
}

export function shippingConfirmationSubject(data: ShippingConfirmationData): string {
  return strings(data.locale).shipment.subject(orderNumber(data.display_id))
}

export function ShippingConfirmationEmail(data: ShippingConfirmationData) {
  const { shipment: t, colon } = strings(data.locale)
  const n = orderNumber(data.display_id)
  const tracking = data.tracking
    .map((entry) => ({ number: entry.number?.trim() || undefined, url: safeHttpUrl(entry.url) }))
    .filter((entry) => entry.number || entry.url)
  const orderUrl = safeHttpUrl(data.order_url)

  return h(
    EmailLayout,
    { locale: data.locale, preview: t.preview(n) },
    h(Title, null, `${t.heading} · ${n}`),
    h(Paragraph, null, t.intro(n)),
    data.carrier ? h(Paragraph, null, `${t.carrier}${colon}`, h("strong", null, data.carrier)) : null,
    tracking.length === 0 ? h(Small, null, t.noTracking) : null,
    ...tracking.map((entry, i) =>
      h(
        Section,
        { key: `tracking${i}`, style: { backgroundColor: colors.page, borderRadius: "12px", padding: "12px 16px", margin: "0 0 12px" } },
        entry.number ? h(Text, { style: { ...styles.text, margin: "0 0 8px" } }, `${t.trackingNumber}${colon}`, h("strong", null, entry.number)) : null,
        entry.url ? h(Text, { style: { ...styles.text, margin: 0 } }, h(TextLink, { href: entry.url }, t.track)) : null
      )
    ),
    h(Subtitle, null, t.items),
    h(ItemRows, { items: data.items.map((item) => ({ title: item.title, detail: [item.variant, t.quantity(item.quantity)].filter(Boolean).join(" · ") })) }),
    data.shipping_address.length ? h(Subtitle, null, t.shipTo) : null,
    data.shipping_address.length ? h(AddressBlock, { lines: data.shipping_address }) : null,
    orderUrl ? h(Divider, null) : null,
    orderUrl ? h(CallToAction, { href: orderUrl }, t.viewOrder) : null
  )
}
