import type { ReactElement } from "react"
import { render } from "@react-email/render"
import { OrderConfirmationEmail, orderConfirmationSubject, type OrderConfirmationData } from "./order-confirmation"
import { PasswordResetEmail, passwordResetSubject, type PasswordResetData } from "./password-reset"
import { ShippingConfirmationEmail, shippingConfirmationSubject, type ShippingConfirmationData } from "./shipping-confirmation"

export type { OrderConfirmationData, PasswordResetData, ShippingConfirmationData }

/** Template name → the data it renders. The names are what notifications and outbox files carry. */
export type EmailDataByTemplate = {
  "order-confirmation": OrderConfirmationData
  "shipping-confirmation": ShippingConfirmationData
  "password-reset": PasswordResetData
}
export type EmailTemplate = keyof EmailDataByTemplate

type TemplateDefinition<D> = {
  subject: (data: D) => string
  component: (data: D) => ReactElement
  /**
   * What is stored with the notification (Medusa keeps `data` in its
   * notification table, which Admin users can list) and written to the
   * outbox file. Secrets such as reset links stay in the rendered content only.
   */
  storedData: (data: D) => Record<string, unknown>
}

const TEMPLATES: { [K in EmailTemplate]: TemplateDefinition<EmailDataByTemplate[K]> } = {
  "order-confirmation": {
    subject: orderConfirmationSubject,
    component: OrderConfirmationEmail,
    storedData: (data) => ({ ...data }),
  },
  "shipping-confirmation": {
    subject: shippingConfirmationSubject,
    component: ShippingConfirmationEmail,
    storedData: (data) => ({ ...data }),
  },
  "password-reset": {
    subject: passwordResetSubject,
    component: PasswordResetEmail,
    storedData: ({ reset_url: _secret, ...rest }) => rest,
  },
}

export const EMAIL_TEMPLATES = Object.keys(TEMPLATES) as EmailTemplate[]

export function isEmailTemplate(name: unknown): name is EmailTemplate {
  return typeof name === "string" && Object.prototype.hasOwnProperty.call(TEMPLATES, name)
}

export type RenderedEmail = { subject: string; html: string; text: string }

export async function renderEmail<K extends EmailTemplate>(template: K, data: EmailDataByTemplate[K]): Promise<RenderedEmail> {
  const definition = TEMPLATES[template] as TemplateDefinition<EmailDataByTemplate[K]>
  const element = definition.component(data)
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })])
  return { subject: definition.subject(data), html, text }
}

export function storedEmailData<K extends EmailTemplate>(template: K, data: EmailDataByTemplate[K]): Record<string, unknown> {
  return (TEMPLATES[template] as TemplateDefinition<EmailDataByTemplate[K]>).storedData(data)
}
