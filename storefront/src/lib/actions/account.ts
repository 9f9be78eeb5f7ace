"use server"

import { refresh } from "next/cache"
import { cookies, headers } from "next/headers"
import { redirect } from "next/navigation"
import { getLocale } from "next-intl/server"
import { sdk } from "@/lib/config"
import { getAuthHeaders, removeAuthToken, setAuthToken } from "@/lib/data/auth"
import { CART_COOKIE } from "@/lib/data/cart"
import { retrieveCustomer } from "@/lib/data/customer"
import { listReturnOptions, listReturnReasons, retrieveCustomerOrder, returnableQuantity } from "@/lib/data/orders"
import { listCountryChoices } from "@/lib/data/regions"
import { BUILT_IN_RETURN_REASONS, type BuiltInReturnReason } from "@/modules/account/return-reasons"
import { safeNextPath } from "@/modules/account/safe-next"

/**
 * Customer account mutations. Every input is checked here, on the server;
 * failures come back as values ({ error, fields }) that the forms translate,
 * never as thrown errors.
 */

export type AccountError =
  | "invalidDetails"
  | "invalidCredentials"
  | "emailTaken"
  | "tooManyAttempts"
  | "linkExpired"
  | "signedOut"
  | "notFound"
  | "returnUnavailable"
  | "nothingToReturn"
  | "generic"

export type FieldError =
  | "required"
  | "emailInvalid"
  | "passwordShort"
  | "passwordLong"
  | "passwordMismatch"
  | "tooLong"
  | "phoneInvalid"
  | "countryNotSold"
  | "quantityInvalid"
  | "choose"
  | "emailTaken"

export type AccountFormState = {
  ok?: boolean
  error?: AccountError
  /** With "tooManyAttempts": when to try again, from the backend's answer. */
  minutes?: number
  fields?: Partial<Record<string, FieldError>>
  /** What she typed (never passwords), to refill the form after an error. */
  values?: Record<string, string>
  /** Changes on every answer (a form can key on it to start afresh after a success). */
  attempt?: number
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const PHONE = /^\+?[0-9()\-.\s]{4,25}$/
const COUNTRY = /^[a-z]{2}$/
const PASSWORD_MIN = 8
const PASSWORD_MAX = 128
const DEFAULT_COUNTRY = (process.env.NEXT_PUBLIC_DEFAULT_COUNTRY ?? "us").toLowerCase()

const text = (form: FormData, key: string, max = 200) => String(form.get(key) ?? "").trim().slice(0, max + 1)
const countryOf = (form: FormData) => {
  const code = text(form, "countryCode", 2).toLowerCase()
  return COUNTRY.test(code) ? code : DEFAULT_COUNTRY
}
const stamp = () => Date.now()
const bearer = (token: string) => ({ authorization: `Bearer ${token}` })
const hasErrors = (fields: Record<string, unknown>) => Object.keys(fields).length > 0

function checkEmail(email: string, fields: Record<string, FieldError>) {
  if (!email) fields.email = "required"
  else if (email.length > 254 || !EMAIL.test(email)) fields.email = "emailInvalid"
}

function checkNewPassword(password: string, fields: Record<string, FieldError>, key = "password") {
  if (!password) fields[key] = "required"
  else if (password.length < PASSWORD_MIN) fields[key] = "passwordShort"
  else if (password.length > PASSWORD_MAX) fields[key] = "passwordLong"
}

function checkName(value: string, key: string, fields: Record<string, FieldError>, required = true, max = 80) {
  if (!value && required) fields[key] = "required"
  else if (value.length > max) fields[key] = "tooLong"
}

type HttpError = { status?: number; message?: string }

/**
 * The backend's 429 says "Please try again in 14 minutes." (or "45 seconds");
 * the SDK keeps the status and that message (not the Retry-After header).
 */
function retryMinutes(error: unknown): number | null {
  const e = error as HttpError
  if (e?.status !== 429) return null
  const match = /(\d+)\s*(second|minute|hour)/i.exec(e.message ?? "")
  if (!match) return 0
  const amount = Number(match[1])
  const unit = match[2].toLowerCase()
  return unit === "hour" ? amount * 60 : unit === "minute" ? amount : Math.max(1, Math.ceil(amount / 60))
}

/** A failed auth call as a form answer: rate limit, the given 401 meaning, or a generic error. */
function authFailure(error: unknown, on401: AccountError): AccountFormState {
  const minutes = retryMinutes(error)
  if (minutes !== null) return { error: "tooManyAttempts", ...(minutes > 0 ? { minutes } : {}), attempt: stamp() }
  const status = (error as HttpError)?.status
  if (status === 401 || status === 400) return { error: on401, attempt: stamp() }
  return { error: "generic", attempt: stamp() }
}

/**
 * The shopper's address for the backend's per-address rate limits: the last
 * X-Forwarded-For entry (added by the proxy in front of the storefront, or by
 * Next.js from the socket). The backend reads it only with TRUST_PROXY set.
 */
async function shopperAddress(): Promise<Record<string, string>> {
  const h = await headers()
  const chain = (h.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean)
  const address = chain.at(-1) ?? h.get("x-real-ip")?.trim()
  return address && /^[0-9A-Fa-f:.]{2,45}$/.test(address) ? { "x-forwarded-for": address } : {}
}

/*
 * The emailpass calls go through sdk.client.fetch rather than sdk.auth.login /
 * sdk.auth.register, which accept no headers: the shopper's address must reach
 * the rate limiter. Same routes, same bodies.
 */
async function emailpassLogin(email: string, password: string): Promise<string> {
  const { token } = await sdk.client.fetch<{ token?: string }>("/auth/customer/emailpass", {
    method: "POST",
    body: { email, password },
    headers: await shopperAddress(),
  })
  if (!token) throw Object.assign(new Error("No token in the login answer"), { status: 401 })
  return token
}

async function emailpassRegister(email: string, password: string): Promise<string> {
  const { token } = await sdk.client.fetch<{ token?: string }>("/auth/customer/emailpass/register", {
    method: "POST",
    body: { email, password },
    headers: await shopperAddress(),
  })
  if (!token) throw new Error("No token in the registration answer")
  return token
}

/** Medusa's locale for emails (the backend picks French for "fr…"). */
async function emailLocale(): Promise<string> {
  return (await getLocale()) === "fr" ? "fr-FR" : "en-US"
}

/**
 * The visitor's cart becomes hers. A cart that is someone else's (an earlier
 * customer on this browser) is dropped rather than shown to her.
 */
async function adoptCart(token: string) {
  const jar = await cookies()
  const cartId = jar.get(CART_COOKIE)?.value
  if (!cartId) return
  try {
    await sdk.store.cart.transferCart(cartId, { fields: "id" }, bearer(token))
  } catch {
    try {
      const [{ cart }, { customer }] = await Promise.all([
        sdk.store.cart.retrieve(cartId, { fields: "id,customer_id,completed_at" }),
        sdk.store.customer.retrieve({ fields: "id" }, bearer(token)),
      ])
      if (cart.completed_at || (cart.customer_id && cart.customer_id !== customer.id)) forgetCart(jar)
    } catch {
      // The cart is gone: the next add-to-cart starts a new one.
    }
  }
}

function forgetCart(jar: Awaited<ReturnType<typeof cookies>>) {
  jar.set(CART_COOKIE, "", { maxAge: -1, path: "/" })
}

/**
 * A login identity for a new account. When the email already has one, the
 * right password means an account (sign her in) or a registration that
 * stopped half-way (finish it); a wrong one means the email is taken.
 */
async function identityFor(email: string, password: string): Promise<{ token: string; hasCustomer: boolean } | "taken"> {
  try {
    return { token: await emailpassRegister(email, password), hasCustomer: false }
  } catch (error) {
    if ((error as HttpError)?.status !== 401) throw error
  }
  let token: string
  try {
    token = await emailpassLogin(email, password)
  } catch (error) {
    // Only a refused password means "taken"; a rate limit or an outage is reported as such.
    if ((error as HttpError)?.status !== 401) throw error
    return "taken"
  }
  const existing = await sdk.store.customer.retrieve({ fields: "id" }, bearer(token)).catch(() => null)
  return { token, hasCustomer: Boolean(existing) }
}

// ——— Sign in, create account, sign out ———

export async function login(_prev: AccountFormState, form: FormData): Promise<AccountFormState> {
  const email = text(form, "email", 254).toLowerCase()
  const password = String(form.get("password") ?? "")
  const countryCode = countryOf(form)
  const next = safeNextPath(form.get("next"), `/${countryCode}/account`)
  const values = { email }
  const fields: Record<string, FieldError> = {}
  checkEmail(email, fields)
  if (!password) fields.password = "required"
  else if (password.length > PASSWORD_MAX) fields.password = "passwordLong"
  if (hasErrors(fields)) return { error: "invalidDetails", fields, values, attempt: stamp() }

  try {
    const token = await emailpassLogin(email, password)
    await setAuthToken(token)
    await adoptCart(token)
  } catch (error) {
    return { ...authFailure(error, "invalidCredentials"), values }
  }
  redirect(next)
}

export async function register(_prev: AccountFormState, form: FormData): Promise<AccountFormState> {
  const first_name = text(form, "first_name", 80)
  const last_name = text(form, "last_name", 80)
  const email = text(form, "email", 254).toLowerCase()
  const password = String(form.get("password") ?? "")
  const countryCode = countryOf(form)
  const next = safeNextPath(form.get("next"), `/${countryCode}/account`)
  const values = { first_name, last_name, email }
  const fields: Record<string, FieldError> = {}
  checkName(first_name, "first_name", fields)
  checkName(last_name, "last_name", fields)
  checkEmail(email, fields)
  checkNewPassword(password, fields)
  if (hasErrors(fields)) return { error: "invalidDetails", fields, values, attempt: stamp() }

  try {
    const identity = await identityFor(email, password)
    if (identity === "taken") return { error: "emailTaken", fields: { email: "emailTaken" }, values, attempt: stamp() }
    if (!identity.hasCustomer) {
      await sdk.store.customer.create(
        { email, first_name, last_name, metadata: { locale: await emailLocale() } },
        { fields: "id" },
        bearer(identity.token)
      )
    }
    // The registration token has no customer in it yet: sign in for one that has.
    const token = identity.hasCustomer ? identity.token : await emailpassLogin(email, password)
    await setAuthToken(token)
    await adoptCart(token)
  } catch (error) {
    const status = (error as HttpError)?.status
    // Creating the customer fails when a registered customer already has this email.
    if (status === 400 || status === 409 || status === 422) return { error: "emailTaken", fields: { email: "emailTaken" }, values, attempt: stamp() }
    return { ...authFailure(error, "emailTaken"), values }
  }
  redirect(next)
}

export async function signOut(form: FormData): Promise<void> {
  const countryCode = countryOf(form)
  await removeAuthToken()
  // Her cart (and its address) stays with her account, not with this browser.
  forgetCart(await cookies())
  redirect(`/${countryCode}`)
}

/** For the header: signed in or not, and her first name. Cheap when there is no session. */
export async function getAccountStatus(): Promise<{ signedIn: boolean; firstName: string | null }> {
  const customer = await retrieveCustomer()
  return { signedIn: Boolean(customer), firstName: customer?.first_name || null }
}

// ——— Passwords ———

async function sendResetEmail(email: string, countryCode: string) {
  await sdk.client.fetch("/auth/customer/emailpass/reset-password", {
    method: "POST",
    // The backend builds the link for this country and writes the email in this language.
    body: { identifier: email, metadata: { locale: await emailLocale(), country_code: countryCode } },
    headers: { accept: "text/plain", ...(await shopperAddress()) },
  })
}

/**
 * Always the same answer whether or not the address has an account (the
 * backend does the same), except for the rate limit and a backend outage.
 */
export async function requestPasswordReset(_prev: AccountFormState, form: FormData): Promise<AccountFormState> {
  const email = text(form, "email", 254).toLowerCase()
  const values = { email }
  const fields: Record<string, FieldError> = {}
  checkEmail(email, fields)
  if (hasErrors(fields)) return { error: "invalidDetails", fields, values, attempt: stamp() }
  try {
    await sendResetEmail(email, countryOf(form))
  } catch (error) {
    const status = (error as HttpError)?.status
    if (status === 429 || !status || status >= 500) return { ...authFailure(error, "generic"), values }
  }
  return { ok: true, values, attempt: stamp() }
}

/** From the profile page: a reset link to her own address (the email is hers, not the form's). */
export async function sendPasswordChangeLink(_prev: AccountFormState, form: FormData): Promise<AccountFormState> {
  const customer = await retrieveCustomer()
  if (!customer?.email) return { error: "signedOut", attempt: stamp() }
  try {
    await sendResetEmail(customer.email, countryOf(form))
  } catch (error) {
    return authFailure(error, "generic")
  }
  return { ok: true, attempt: stamp() }
}

export async function resetPassword(_prev: AccountFormState, form: FormData): Promise<AccountFormState> {
  const token = String(form.get("token") ?? "")
  const email = text(form, "email", 254).toLowerCase()
  const password = String(form.get("password") ?? "")
  const confirm = String(form.get("confirm") ?? "")
  if (!token || token.length > 4096 || !/^[A-Za-z0-9._-]+$/.test(token)) return { error: "linkExpired", attempt: stamp() }
  const fields: Record<string, FieldError> = {}
  checkNewPassword(password, fields)
  if (!fields.password && confirm !== password) fields.confirm = "passwordMismatch"
  if (hasErrors(fields)) return { error: "invalidDetails", fields, attempt: stamp() }
  try {
    await sdk.auth.updateProvider("customer", "emailpass", { email, password }, token)
  } catch (error) {
    return authFailure(error, "linkExpired")
  }
  return { ok: true, values: { email }, attempt: stamp() }
}

// ——— Profile ———

export async function updateProfile(_prev: AccountFormState, form: FormData): Promise<AccountFormState> {
  const first_name = text(form, "first_name", 80)
  const last_name = text(form, "last_name", 80)
  const phone = text(form, "phone", 30)
  const values = { first_name, last_name, phone }
  const fields: Record<string, FieldError> = {}
  checkName(first_name, "first_name", fields)
  checkName(last_name, "last_name", fields)
  if (phone && !PHONE.test(phone)) fields.phone = "phoneInvalid"
  if (hasErrors(fields)) return { error: "invalidDetails", fields, values, attempt: stamp() }
  const headers = await getAuthHeaders()
  if (!("authorization" in headers)) return { error: "signedOut", values, attempt: stamp() }
  try {
    await sdk.store.customer.update({ first_name, last_name, phone: phone || null }, { fields: "id" }, headers)
  } catch (error) {
    return { error: (error as HttpError)?.status === 401 ? "signedOut" : "generic", values, attempt: stamp() }
  }
  refresh()
  return { ok: true, values, attempt: stamp() }
}

// ——— Address book ———

const ADDRESS_ID = /^cuaddr_[A-Za-z0-9]+$/
const ADDRESS_FIELDS = [
  ["first_name", 80, true],
  ["last_name", 80, true],
  ["company", 100, false],
  ["address_1", 150, true],
  ["address_2", 150, false],
  ["city", 100, true],
  ["province", 100, false],
  ["postal_code", 20, true],
  ["phone", 30, false],
] as const

/** Adds an address (no id) or changes one of hers (with id). */
export async function saveAddress(_prev: AccountFormState, form: FormData): Promise<AccountFormState> {
  const id = text(form, "id", 60)
  const values: Record<string, string> = {}
  const fields: Record<string, FieldError> = {}
  for (const [key, max, required] of ADDRESS_FIELDS) {
    values[key] = text(form, key, max)
    checkName(values[key], key, fields, required, max)
  }
  if (values.phone && !fields.phone && !PHONE.test(values.phone)) fields.phone = "phoneInvalid"
  values.country_code = text(form, "country_code", 2).toLowerCase()
  const countries = await listCountryChoices().catch(() => [])
  if (!values.country_code) fields.country_code = "required"
  else if (!countries.some((c) => c.code === values.country_code)) fields.country_code = "countryNotSold"
  const isDefault = form.get("is_default_shipping") === "on"
  values.is_default_shipping = isDefault ? "on" : ""
  if (id) values.id = id
  if (hasErrors(fields)) return { error: "invalidDetails", fields, values, attempt: stamp() }

  const customer = await retrieveCustomer()
  if (!customer) return { error: "signedOut", values, attempt: stamp() }
  if (id && (!ADDRESS_ID.test(id) || !customer.addresses?.some((a) => a.id === id))) return { error: "notFound", values, attempt: stamp() }
  const body = {
    first_name: values.first_name,
    last_name: values.last_name,
    company: values.company || undefined,
    address_1: values.address_1,
    address_2: values.address_2 || undefined,
    city: values.city,
    province: values.province || undefined,
    postal_code: values.postal_code,
    phone: values.phone || undefined,
    country_code: values.country_code,
    ...(isDefault ? { is_default_shipping: true } : {}),
  }
  try {
    const headers = await getAuthHeaders()
    if (id) await sdk.store.customer.updateAddress(id, body, { fields: "id" }, headers)
    else await sdk.store.customer.createAddress(body, { fields: "id" }, headers)
  } catch {
    return { error: "generic", values, attempt: stamp() }
  }
  refresh()
  return { ok: true, attempt: stamp() }
}

async function ownAddress(id: string): Promise<boolean> {
  if (!ADDRESS_ID.test(id)) return false
  const customer = await retrieveCustomer()
  return Boolean(customer?.addresses?.some((a) => a.id === id))
}

export async function deleteAddress(id: string): Promise<{ ok: true } | { error: AccountError }> {
  if (!(await ownAddress(id))) return { error: "notFound" }
  try {
    await sdk.store.customer.deleteAddress(id, await getAuthHeaders())
  } catch {
    return { error: "generic" }
  }
  refresh()
  return { ok: true }
}

export async function setDefaultShippingAddress(id: string): Promise<{ ok: true } | { error: AccountError }> {
  if (!(await ownAddress(id))) return { error: "notFound" }
  try {
    await sdk.store.customer.updateAddress(id, { is_default_shipping: true }, { fields: "id" }, await getAuthHeaders())
  } catch {
    return { error: "generic" }
  }
  refresh()
  return { ok: true }
}

// ——— Returns ———

/**
 * A return for delivered pieces of one of her orders, through Medusa's
 * POST /store/returns. The order is fetched again with her session (never
 * trusted from the form), quantities are capped at what was delivered and not
 * yet returned, and the return option must be one the backend offers.
 */
export async function requestReturn(_prev: AccountFormState, form: FormData): Promise<AccountFormState> {
  const orderId = text(form, "order_id", 60)
  const order = await retrieveCustomerOrder(orderId)
  if (!order) return { error: (await retrieveCustomer()) ? "notFound" : "signedOut", attempt: stamp() }

  const fields: Record<string, FieldError> = {}
  const values: Record<string, string> = {}
  const items: { id: string; quantity: number }[] = []
  for (const item of order.items ?? []) {
    const raw = text(form, `quantity_${item.id}`, 4)
    if (!raw) continue
    values[`quantity_${item.id}`] = raw
    const quantity = Number(raw)
    if (!Number.isInteger(quantity) || quantity < 0 || quantity > returnableQuantity(item)) fields[`quantity_${item.id}`] = "quantityInvalid"
    else if (quantity > 0) items.push({ id: item.id, quantity })
  }

  const [options, reasons] = await Promise.all([listReturnOptions(order.cart?.id), listReturnReasons()])
  if (!options.length) return { error: "returnUnavailable", values, attempt: stamp() }
  const optionId = options.length === 1 ? options[0].id : text(form, "option_id", 60)
  if (!options.some((o) => o.id === optionId)) fields.option_id = "choose"

  const reason = text(form, "reason", 60)
  values.reason = reason
  const reasonId = reasons.some((r) => r.id === reason) ? reason : null
  const builtIn = !reasons.length && Object.hasOwn(BUILT_IN_RETURN_REASONS, reason) ? BUILT_IN_RETURN_REASONS[reason as BuiltInReturnReason] : null
  if (!reasonId && !builtIn) fields.reason = "choose"
  const note = text(form, "note", 500)
  values.note = note
  if (note.length > 500) fields.note = "tooLong"

  if (hasErrors(fields)) return { error: "invalidDetails", fields, values, attempt: stamp() }
  if (!items.length) return { error: "nothingToReturn", values, attempt: stamp() }

  const staffNote = [builtIn ? `Reason: ${builtIn}` : null, note || null].filter(Boolean).join(" — ") || undefined
  try {
    await sdk.client.fetch("/store/returns", {
      method: "POST",
      body: {
        order_id: order.id,
        // Medusa keeps notes per returned item (a note on the return itself is not stored).
        items: items.map((i) => ({ ...i, ...(reasonId ? { reason_id: reasonId } : {}), ...(staffNote ? { note: staffNote } : {}) })),
        return_shipping: { option_id: optionId },
      },
      headers: await getAuthHeaders(),
    })
  } catch {
    return { error: "generic", values, attempt: stamp() }
  }
  refresh()
  return { ok: true, values: { count: String(items.reduce((n, i) => n + i.quantity, 0)) }, attempt: stamp() }
}
