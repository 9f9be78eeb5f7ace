import { createElement as h, type CSSProperties, type ReactNode } from "react"
import { Body, Button, Column, Container, Head, Heading, Hr, Html, Link, Preview, Row, Section, Text } from "@react-email/components"
import { strings, type EmailLocale } from "./i18n"

/*
 * Templates are written with createElement rather than JSX so that the same
 * .ts files compile under Medusa's build and the backend's Jest transform
 * (which parses TypeScript without TSX).
 */

export const colors = {
  page: "#f6efe4",
  card: "#fffdf8",
  ink: "#2f2622",
  muted: "#6f625a",
  line: "#e6dccd",
  accent: "#1f6b57",
  warm: "#b5651d",
}

const fontBody = "'Helvetica Neue', Helvetica, Arial, sans-serif"
const fontHeading = "Georgia, 'Times New Roman', serif"

export const styles = {
  text: { color: colors.ink, fontFamily: fontBody, fontSize: "15px", lineHeight: "24px", margin: "0 0 14px" },
  small: { color: colors.muted, fontFamily: fontBody, fontSize: "13px", lineHeight: "20px", margin: "0 0 8px" },
  heading: { color: colors.ink, fontFamily: fontHeading, fontSize: "26px", lineHeight: "32px", fontWeight: 400, margin: "0 0 16px" },
  subheading: { color: colors.ink, fontFamily: fontHeading, fontSize: "18px", lineHeight: "24px", fontWeight: 400, margin: "24px 0 8px" },
  link: { color: colors.accent, textDecoration: "underline" },
  hr: { borderColor: colors.line, margin: "20px 0" },
  button: {
    backgroundColor: colors.accent,
    borderRadius: "999px",
    color: "#ffffff",
    fontFamily: fontBody,
    fontSize: "15px",
    fontWeight: 600,
    padding: "12px 24px",
    textDecoration: "none",
  },
} satisfies Record<string, CSSProperties>

export function EmailLayout(props: { locale: EmailLocale; preview: string; children?: ReactNode }) {
  const t = strings(props.locale)
  return h(
    Html,
    { lang: props.locale },
    h(Head, null),
    h(Preview, null, props.preview),
    h(
      Body,
      { style: { backgroundColor: colors.page, margin: 0, padding: "24px 0" } },
      h(
        Container,
        { style: { maxWidth: "560px", margin: "0 auto", padding: "0 12px" } },
        h(
          Text,
          { style: { ...styles.small, color: colors.warm, fontFamily: fontHeading, fontSize: "16px", letterSpacing: "0.08em", textTransform: "uppercase" as const, textAlign: "center" as const, margin: "0 0 16px" } },
          "AFESIP Fair Fashion"
        ),
        h(
          Section,
          { style: { backgroundColor: colors.card, border: `1px solid ${colors.line}`, borderRadius: "16px", padding: "28px 28px 16px" } },
          props.children
        ),
        h(
          Section,
          { style: { padding: "16px 8px", textAlign: "center" as const } },
          h(Text, { style: styles.small }, t.footerHelp),
          h(Text, { style: styles.small }, t.footerLine)
        )
      )
    )
  )
}

export function Title(props: { children?: ReactNode }) {
  return h(Heading, { as: "h1", style: styles.heading }, props.children)
}

export function Subtitle(props: { children?: ReactNode }) {
  return h(Heading, { as: "h2", style: styles.subheading }, props.children)
}

export function Paragraph(props: { children?: ReactNode; style?: CSSProperties }) {
  return h(Text, { style: { ...styles.text, ...props.style } }, props.children)
}

export function Small(props: { children?: ReactNode; style?: CSSProperties }) {
  return h(Text, { style: { ...styles.small, ...props.style } }, props.children)
}

export function CallToAction(props: { href: string; children?: ReactNode }) {
  return h(Section, { style: { margin: "8px 0 20px" } }, h(Button, { href: props.href, style: styles.button }, props.children))
}

export function TextLink(props: { href: string; children?: ReactNode }) {
  return h(Link, { href: props.href, style: styles.link }, props.children)
}

export function Divider() {
  return h(Hr, { style: styles.hr })
}

/** An address as lines of text (never more than the buyer gave). */
export function AddressBlock(props: { lines: string[] }) {
  return h(
    Text,
    { style: { ...styles.text, margin: "0 0 8px" } },
    ...props.lines.flatMap((line, i) => (i === 0 ? [line] : [h("br", { key: `br${i}` }), line]))
  )
}

/** The pieces of an order, one row each: title, a detail line (variant, quantity…) and, when given, an amount on the right. */
export function ItemRows(props: { items: { title: string; detail: string; amount?: string }[] }) {
  return h(
    Section,
    null,
    ...props.items.map((item, i) =>
      h(Row, {
        key: `item${i}`,
        style: { borderBottom: `1px solid ${colors.line}` },
        children: [
          h(
            Column,
            { key: "what" },
            h(Text, { style: { ...styles.text, margin: "10px 0 0", fontWeight: 600 } }, item.title),
            h(Text, { style: { ...styles.small, margin: "0 0 10px" } }, item.detail)
          ),
          item.amount === undefined
            ? null
            : h(
                Column,
                { key: "amount", align: "right" as const, style: { verticalAlign: "top" } },
                h(Text, { style: { ...styles.text, margin: "10px 0", textAlign: "right" as const } }, item.amount)
              ),
        ],
      })
    )
  )
}
