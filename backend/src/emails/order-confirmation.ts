import { createElement as h } from "react"
import { Column, Row, Section, Text } from "@react-email/components"
import { formatMoney, orderNumber } from "./format"
import { strings, type EmailLocale } from "./i18n"
import { AddressBlock, CallToAction, Divider, EmailLayout, ItemRows, Paragraph, Small, Subtitle, Title, colors, styles } from "./layout"

export type EmailLineItem = {
  title: string
  variant?: string | null
  quantity: number
  /** Price of one unit as the order shows it (incl. VAT in tax-inclusive regions). */
  unit_price: number
  /** unit_price × quantity. */
  total: number
}

export type OrderConfirmationData = {
  locale: EmailLocale
  display_id: number | string
  currency_code: string
  items: EmailLineItem[]
  /** Items before discounts; incl. VAT when tax_inclusive. */
  subtotal: number
  discount: number
  shipping: number
  tax: number
  total: number
  /** Prices already include VAT/GST: taxes are shown as "incl. VAT". */
  tax_inclusive: boolean
  /** "VAT" or "GST". */
  tax_label: string
  shipping_method?: string | null
  shipping_address: string[]
  duties_may_be_due: boolean
  order_url: string
}

export function orderConfirmationSubject(data: OrderConfirmationData): string {
  return strings(data.locale).order.subject(orderNumber(data.display_id))
}

function AmountRow(props: { label: string; value: string; strong?: boolean; testId?: string }) {
  const style = { ...styles.text, margin: "0 0 6px", ...(props.strong ? { fontWeight: 700, fontSize: "17px" } : {}) }
  return h(
    Row,
    null,
    h(Column, null, h(Text, { style }, props.label)),
    h(Column, { align: "right" as const }, h(Text, { style: { ...style, textAlign: "right" as const } }, props.value))
  )
}

export function OrderConfirmationEmail(data: OrderConfirmationData) {
  const { order: t, colon } = strings(data.locale)
  const n = orderNumber(data.display_id)
  const money = (amount: number) => formatMoney(amount, data.currency_code, data.locale)

  return h(
    EmailLayout,
    { locale: data.locale, preview: t.preview(n) },
    h(Title, null, `${t.heading} ${n}`),
    h(Paragraph, null, t.intro(n)),
    h(Subtitle, null, t.items),
    h(ItemRows, {
      items: data.items.map((item) => ({
        title: item.title,
        detail: [item.variant, `${t.quantity(item.quantity)} × ${money(item.unit_price)}`].filter(Boolean).join(" · "),
        amount: money(item.total),
      })),
    }),
    h(
      Section,
      { style: { marginTop: "12px" } },
      h(AmountRow, { label: t.subtotal, value: money(data.subtotal) }),
      data.discount > 0 ? h(AmountRow, { label: t.discount, value: `−${money(data.discount)}` }) : null,
      h(AmountRow, { label: t.shipping, value: money(data.shipping) }),
      data.tax_inclusive ? null : h(AmountRow, { label: t.taxes, value: money(data.tax) }),
      h(AmountRow, { label: t.total, value: money(data.total), strong: true }),
      data.tax_inclusive ? h(AmountRow, { label: t.taxIncluded(data.tax_label), value: money(data.tax) }) : null
    ),
    data.duties_may_be_due ? h(Small, { style: { backgroundColor: colors.page, borderRadius: "8px", padding: "10px 12px", margin: "12px 0" } }, t.duties) : null,
    h(Divider, null),
    h(Subtitle, null, t.shipTo),
    h(AddressBlock, { lines: data.shipping_address }),
    data.shipping_method ? h(Small, null, `${t.delivery}${colon}${data.shipping_method}`) : null,
    h(Divider, null),
    h(CallToAction, { href: data.order_url }, t.viewOrder)
  )
}
