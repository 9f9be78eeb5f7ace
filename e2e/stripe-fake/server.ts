/**
 * An offline, stateful stand-in for the parts of the Stripe HTTP API this
 * store uses, for tests only (product code never imports it).
 *
 * It speaks Stripe's wire format, so the real `stripe` Node SDK (as used by
 * Medusa's Stripe provider) and the Stripe.js double in ./stripe-js.ts can talk
 * to it unchanged: form-encoded bodies with bracketed keys, Bearer keys,
 * Idempotency-Key replays, Stripe-shaped JSON objects and errors, and signed
 * webhooks delivered asynchronously to the backend.
 *
 * Test cards (also usable as `payment_method=pm_card_…` from server code):
 *   4242424242424242  succeeds (or waits for capture with capture_method=manual)
 *   4000002500003155  needs 3-D Secure (requires_action, see completeThreeDSecure)
 *   4000000000000002  declined: card_declined / generic_decline
 *   4000000000009995  declined: card_declined / insufficient_funds
 *   anything else     declined: incorrect_number
 *
 * Tests in another process drive it through the control API under /_fake/
 * (see `handleControl`).
 */
import { randomBytes } from "node:crypto"
import http, { type IncomingMessage, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import Stripe from "stripe"
import { stripeJsDouble } from "./stripe-js"

// ---------------------------------------------------------------------------
// Public types

export type IntentStatus =
  | "requires_payment_method"
  | "requires_confirmation"
  | "requires_action"
  | "processing"
  | "requires_capture"
  | "canceled"
  | "succeeded"

export type WebhookMode = "immediate" | "hold"

export type Metadata = Record<string, string>

export interface StripeErrorObject {
  type: string
  code?: string
  decline_code?: string
  message: string
  param?: string
  doc_url?: string
  request_log_url?: string
  charge?: string
  payment_intent?: PaymentIntent
  payment_method?: PaymentMethod
  setup_intent?: SetupIntent
}

export interface NextAction {
  type: "redirect_to_url" | "use_stripe_sdk"
  redirect_to_url?: { url: string; return_url: string | null }
  use_stripe_sdk?: { type: "three_d_secure_redirect"; stripe_js: string; source: string }
}

export interface PaymentIntent {
  id: string
  object: "payment_intent"
  amount: number
  amount_capturable: number
  amount_received: number
  application: null
  application_fee_amount: null
  automatic_payment_methods: { enabled: boolean; allow_redirects?: string } | null
  canceled_at: number | null
  cancellation_reason: string | null
  capture_method: string
  client_secret: string
  confirmation_method: string
  created: number
  currency: string
  customer: string | null
  description: string | null
  invoice: null
  last_payment_error: StripeErrorObject | null
  latest_charge: string | null
  livemode: false
  metadata: Metadata
  next_action: NextAction | null
  on_behalf_of: null
  payment_method: string | null
  payment_method_configuration_details: null
  payment_method_options: Record<string, unknown>
  payment_method_types: string[]
  processing: null
  receipt_email: string | null
  review: null
  setup_future_usage: string | null
  shipping: Record<string, unknown> | null
  source: null
  statement_descriptor: string | null
  statement_descriptor_suffix: string | null
  status: IntentStatus
  transfer_data: null
  transfer_group: null
}

export interface CardDetails {
  brand: string
  checks: { address_line1_check: null; address_postal_code_check: null; cvc_check: string | null }
  country: string
  display_brand: string
  exp_month: number
  exp_year: number
  fingerprint: string
  funding: string
  generated_from: null
  last4: string
  networks: { available: string[]; preferred: null }
  three_d_secure_usage: { supported: boolean }
  wallet: null
}

export interface PaymentMethod {
  id: string
  object: "payment_method"
  billing_details: Record<string, unknown>
  card: CardDetails
  created: number
  customer: string | null
  livemode: false
  metadata: Metadata
  type: "card"
}

export interface Charge {
  id: string
  object: "charge"
  amount: number
  amount_captured: number
  amount_refunded: number
  balance_transaction: null
  captured: boolean
  created: number
  currency: string
  customer: string | null
  description: string | null
  failure_code: string | null
  failure_message: string | null
  livemode: false
  metadata: Metadata
  outcome: { network_status: string; reason: string | null; risk_level: string; seller_message: string; type: string }
  paid: boolean
  payment_intent: string
  payment_method: string | null
  payment_method_details: { type: "card"; card: { brand: string; last4: string; exp_month: number; exp_year: number; funding: string } } | null
  receipt_email: string | null
  refunded: boolean
  status: "succeeded" | "failed" | "pending"
}

export interface Refund {
  id: string
  object: "refund"
  amount: number
  balance_transaction: null
  charge: string
  created: number
  currency: string
  metadata: Metadata
  payment_intent: string
  reason: string | null
  status: "succeeded"
}

export interface Customer {
  id: string
  object: "customer"
  address: Record<string, unknown> | null
  balance: number
  created: number
  currency: null
  default_source: null
  deleted?: true
  delinquent: false
  description: string | null
  email: string | null
  invoice_prefix: string
  invoice_settings: { custom_fields: null; default_payment_method: string | null; footer: null; rendering_options: null }
  livemode: false
  metadata: Metadata
  name: string | null
  phone: string | null
  preferred_locales: string[]
  shipping: Record<string, unknown> | null
  tax_exempt: "none"
  test_clock: null
}

export interface SetupIntent {
  id: string
  object: "setup_intent"
  cancellation_reason: string | null
  client_secret: string
  created: number
  customer: string | null
  description: string | null
  last_setup_error: StripeErrorObject | null
  livemode: false
  metadata: Metadata
  next_action: null
  payment_method: string | null
  payment_method_types: string[]
  status: "requires_payment_method" | "requires_confirmation" | "succeeded" | "canceled"
  usage: string
}

export interface StripeEvent {
  id: string
  object: "event"
  api_version: string
  created: number
  data: { object: Record<string, unknown>; previous_attributes?: Record<string, unknown> }
  livemode: false
  pending_webhooks: number
  request: { id: string | null; idempotency_key: string | null }
  type: string
}

export interface WebhookDelivery {
  event_id: string
  event_type: string
  attempt: number
  redelivery: boolean
  /** HTTP status the webhook endpoint answered, or null on a network error. */
  status: number | null
  error?: string
  at: string
  duration_ms: number
}

export interface IntentCounts {
  create: number
  update: number
  retrieve: number
  confirm: number
  three_d_secure: number
  capture: number
  cancel: number
  refund: number
}

export interface RequestRecord {
  at: string
  request_id: string
  method: string
  path: string
  key: "secret" | "publishable" | "none"
  idempotency_key: string | null
  stripe_version: string | null
  /** 0 while running; for a dropped connection, the status the client never received. */
  status: number
  replayed: boolean
  /** An injected fault closed the connection. */
  dropped: boolean
}

export interface Fault {
  /** Only requests with this method (any when absent). */
  method?: string
  /** Exact API path, or a path prefix when it ends with `*` (e.g. "/v1/payment_intents*"). */
  path: string
  /**
   * "error": answer `status` without executing; "drop_before": close the
   * connection without executing; "drop_after": execute, then close the
   * connection (the client never learns the outcome; a retry with the same
   * Idempotency-Key gets the stored response).
   */
  mode?: "error" | "drop_before" | "drop_after"
  status?: number
  type?: string
  code?: string
  message?: string
  /** How many matching requests this fault hits (default 1). */
  times?: number
}

export interface FakeStripeOptions {
  port?: number
  host?: string
  webhookUrl?: string
  webhookSecret: string
  /** Delay before a webhook is posted (default 50 ms). */
  webhookDelayMs?: number
  /** Extra attempts after a failed delivery (default 3). */
  webhookRetries?: number
  /** First retry delay, doubled each time (default 200 ms). */
  webhookRetryDelayMs?: number
  /** `api_version` written into events (default: the version of the SDK Medusa's provider pins). */
  apiVersion?: string
  /** When set, the only secret key accepted; otherwise any `sk_…`/`rk_…` key is. */
  secretKey?: string
  /** When set, the only publishable key accepted; otherwise any `pk_…` key is. */
  publishableKey?: string
  /** Base URL written into 3-D Secure redirect links (default: the server's own URL). */
  publicUrl?: string
}

/** The live, mutable state (in-process tests may read it directly). */
export interface FakeState {
  intents: Map<string, PaymentIntent>
  charges: Map<string, Charge>
  refunds: Map<string, Refund>
  customers: Map<string, Customer>
  paymentMethods: Map<string, PaymentMethod>
  setupIntents: Map<string, SetupIntent>
  events: StripeEvent[]
  deliveries: WebhookDelivery[]
  counts: Map<string, IntentCounts>
  requests: RequestRecord[]
  idempotencyReplays: number
  webhookMode: WebhookMode
  webhookUrl: string | undefined
}

/** What GET /_fake/state returns (plain JSON). */
export interface FakeSnapshot {
  intents: PaymentIntent[]
  charges: Charge[]
  refunds: Refund[]
  customers: Customer[]
  payment_methods: PaymentMethod[]
  setup_intents: SetupIntent[]
  events: StripeEvent[]
  deliveries: WebhookDelivery[]
  counts: Record<string, IntentCounts>
  requests: RequestRecord[]
  idempotency_replays: number
  webhooks: { mode: WebhookMode; url: string | null; held: string[]; in_flight: number }
}

export interface SetIntentStatusOptions {
  /** Send the matching webhook event (default true). */
  emit?: boolean
  cancellation_reason?: string
  /** For requires_payment_method: the decline to record (default generic_decline). */
  decline_code?: string
}

export interface FakeStripe {
  url: string
  port: number
  state: FakeState
  close(): Promise<void>
  /** Forgets everything (objects, events, deliveries, faults) and goes back to immediate webhooks. */
  reset(): void
  snapshot(): FakeSnapshot
  setWebhookMode(mode: WebhookMode): void
  setWebhookTarget(target: { url?: string | null; secret?: string; delayMs?: number }): void
  /** Delivers held events (oldest first unless order is "lifo"), one after another; resolves with every attempt made. */
  flushWebhooks(options?: { order?: "fifo" | "lifo"; eventIds?: string[] }): Promise<WebhookDelivery[]>
  /** Forgets held events without delivering them (a lost webhook). Returns how many. */
  dropHeldWebhooks(): number
  /** Resolves when no delivery is scheduled or in flight (held ones excluded). */
  settleWebhooks(): Promise<void>
  /** Posts an event again (same id), now, whatever the mode; `secret` signs with another secret. */
  redeliver(eventId: string, options?: { secret?: string }): Promise<WebhookDelivery[]>
  /** Moves an intent out of band, as if it changed at Stripe, and (by default) sends the event. */
  setIntentStatus(id: string, status: IntentStatus, options?: SetIntentStatusOptions): PaymentIntent
  /** Pretends an intent was created `seconds` earlier (for reconciliation jobs that skip young intents). */
  backdateIntent(id: string, seconds: number): PaymentIntent
  /** Completes a pending 3-D Secure challenge, as the bank page would. */
  completeThreeDSecure(id: string, result: "succeed" | "fail"): PaymentIntent
  injectFault(fault: Fault): void
  clearFaults(): void
  eventsFor(objectId: string): StripeEvent[]
}

// ---------------------------------------------------------------------------
// Small helpers

type Param = string | Param[] | Params
interface Params {
  [key: string]: Param
}

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
function randomToken(length: number): string {
  const bytes = randomBytes(length)
  let out = ""
  for (const b of bytes) out += BASE62[b % 62]
  return out
}
const newId = (prefix: string) => `${prefix}_${randomToken(24)}`
const unixNow = () => Math.floor(Date.now() / 1000)
const clone = <T>(value: T): T => structuredClone(value)

const UNSAFE_KEYS = new Set(["__proto__", "prototype", "constructor"])

/** Parses `a[b][0]=x&a[b][1]=y&expand[]=z&metadata[k]=v` into nested objects and arrays. */
export function parseStripeForm(text: string): Params {
  const root: Params = {}
  if (!text) return root
  for (const pair of text.split("&")) {
    if (!pair) continue
    const eq = pair.indexOf("=")
    const rawKey = eq < 0 ? pair : pair.slice(0, eq)
    const rawValue = eq < 0 ? "" : pair.slice(eq + 1)
    const decode = (s: string) => {
      try {
        return decodeURIComponent(s.replace(/\+/g, " "))
      } catch {
        return s
      }
    }
    const key = decode(rawKey)
    const value = decode(rawValue)
    const head = /^[^[]+/.exec(key)?.[0]
    if (!head) continue
    const path = [head]
    const rest = key.slice(head.length)
    const segment = /\[([^\]]*)\]/g
    let m: RegExpExecArray | null
    while ((m = segment.exec(rest))) path.push(m[1])
    if (path.some((p) => UNSAFE_KEYS.has(p))) continue
    let node: Params = root
    for (let i = 0; i < path.length - 1; i++) {
      let part = path[i]
      if (part === "") part = String(Object.keys(node).length)
      const next = node[part]
      if (typeof next !== "object" || next === null || Array.isArray(next)) node[part] = {}
      node = node[part] as Params
    }
    let last = path[path.length - 1]
    if (last === "") last = String(Object.keys(node).length)
    node[last] = value
  }
  return arraysFromIndexedObjects(root) as Params
}

function arraysFromIndexedObjects(value: Param): Param {
  if (typeof value === "string") return value
  if (Array.isArray(value)) return value.map(arraysFromIndexedObjects)
  const keys = Object.keys(value)
  for (const k of keys) value[k] = arraysFromIndexedObjects(value[k])
  if (keys.length > 0 && keys.every((k) => /^\d+$/.test(k))) {
    return keys.sort((a, b) => Number(a) - Number(b)).map((k) => value[k])
  }
  return value
}

/** JSON bodies (control API, or a client sending JSON) become the same Params shape (values as strings). */
function paramsFromJson(value: unknown): Param {
  if (value === null || value === undefined) return ""
  if (Array.isArray(value)) return value.map(paramsFromJson)
  if (typeof value === "object") {
    const out: Params = {}
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (!UNSAFE_KEYS.has(k)) out[k] = paramsFromJson(v)
    }
    return out
  }
  return String(value)
}

function canonical(value: Param): string {
  if (typeof value === "string") return JSON.stringify(value)
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`
  return `{${Object.keys(value)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
    .join(",")}}`
}

function plain(value: Param | undefined): unknown {
  if (value === undefined) return undefined
  if (typeof value === "string") return value
  if (Array.isArray(value)) return value.map(plain)
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) out[k] = plain(v)
  return out
}

// ---------------------------------------------------------------------------
// Errors

class StripeFailure extends Error {
  constructor(
    readonly status: number,
    readonly error: StripeErrorObject,
    /** Whether an Idempotency-Key remembers this answer (Stripe does not for parameter validation failures). */
    readonly remember = true
  ) {
    super(error.message)
  }
}

function paramError(message: string, param: string, code = "parameter_invalid"): StripeFailure {
  return new StripeFailure(400, { type: "invalid_request_error", code, message, param }, false)
}
function missingParam(param: string): StripeFailure {
  return new StripeFailure(400, { type: "invalid_request_error", code: "parameter_missing", message: `Missing required param: ${param}.`, param }, false)
}
function noSuch(kind: string, id: string, param = "id"): StripeFailure {
  return new StripeFailure(404, { type: "invalid_request_error", code: "resource_missing", message: `No such ${kind}: '${id}'`, param })
}

// ---------------------------------------------------------------------------
// Param readers

function str(p: Params, key: string): string | undefined {
  const v = p[key]
  if (v === undefined) return undefined
  if (typeof v !== "string") throw paramError(`Invalid ${key}: must be a string`, key)
  return v
}
function nonEmpty(p: Params, key: string): string | undefined {
  const v = str(p, key)
  return v === undefined || v === "" ? undefined : v
}
function obj(p: Params, key: string): Params | undefined {
  const v = p[key]
  if (v === undefined || v === "") return undefined
  if (typeof v !== "object" || Array.isArray(v)) throw paramError(`Invalid object`, key)
  return v
}
function strList(p: Params, key: string): string[] | undefined {
  const v = p[key]
  if (v === undefined || v === "") return undefined
  if (typeof v === "string") return [v]
  if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) throw paramError(`Invalid array`, key)
  return v as string[]
}
function bool(p: Params, key: string): boolean | undefined {
  const v = str(p, key)
  if (v === undefined || v === "") return undefined
  if (v === "true") return true
  if (v === "false") return false
  throw paramError(`Invalid boolean: ${v}`, key)
}
function int(p: Params, key: string): number | undefined {
  const v = str(p, key)
  if (v === undefined || v === "") return undefined
  if (!/^-?\d+$/.test(v)) throw paramError(`Invalid integer: ${v}`, key, "parameter_invalid_integer")
  return Number(v)
}
function positiveInt(p: Params, key: string): number | undefined {
  const v = int(p, key)
  if (v !== undefined && v < 1) throw paramError(`This value must be greater than or equal to 1.`, key, "parameter_invalid_integer")
  return v
}
function oneOf(p: Params, key: string, allowed: string[]): string | undefined {
  const v = nonEmpty(p, key)
  if (v !== undefined && !allowed.includes(v)) throw paramError(`Invalid ${key}: must be one of ${allowed.join(", ")}`, key)
  return v
}
function expandList(p: Params): string[] {
  return strList(p, "expand") ?? []
}

/** Applies Stripe's metadata rules: `metadata=` clears, `metadata[k]=` removes a key, other keys merge. */
function mergeMetadata(current: Metadata, p: Params): Metadata {
  const raw = p.metadata
  if (raw === undefined) return current
  if (raw === "") return {}
  if (typeof raw !== "object" || Array.isArray(raw)) throw paramError("Invalid metadata: must be an object", "metadata")
  const next = { ...current }
  for (const [k, v] of Object.entries(raw)) {
    if (typeof v !== "string") throw paramError(`Invalid metadata[${k}]: must be a string`, `metadata[${k}]`)
    if (v === "") delete next[k]
    else next[k] = v
  }
  return next
}

// ---------------------------------------------------------------------------
// Cards

type CardOutcome =
  | { kind: "success" }
  | { kind: "three_d_secure" }
  | { kind: "decline"; code: string; decline_code?: string; message: string; param?: string }

const CARD_OUTCOMES: Record<string, CardOutcome> = {
  "4242424242424242": { kind: "success" },
  "4000002500003155": { kind: "three_d_secure" },
  "4000000000000002": { kind: "decline", code: "card_declined", decline_code: "generic_decline", message: "Your card was declined." },
  "4000000000009995": { kind: "decline", code: "card_declined", decline_code: "insufficient_funds", message: "Your card has insufficient funds." },
}
const INCORRECT_NUMBER: CardOutcome = { kind: "decline", code: "incorrect_number", message: "Your card number is incorrect.", param: "number" }

/** Stripe's test PaymentMethod ids, for server-side confirmation. */
const TEST_PAYMENT_METHODS: Record<string, string> = {
  pm_card_visa: "4242424242424242",
  pm_card_us: "4242424242424242",
  pm_card_threeDSecure2Required: "4000002500003155",
  pm_card_authenticationRequired: "4000002500003155",
  pm_card_visa_chargeDeclined: "4000000000000002",
  pm_card_chargeDeclined: "4000000000000002",
  pm_card_visa_chargeDeclinedInsufficientFunds: "4000000000009995",
  pm_card_chargeDeclinedInsufficientFunds: "4000000000009995",
}

function brandOf(number: string): string {
  if (/^4/.test(number)) return "visa"
  if (/^(5[1-5]|2[2-7])/.test(number)) return "mastercard"
  if (/^3[47]/.test(number)) return "amex"
  if (/^6(011|5)/.test(number)) return "discover"
  return "unknown"
}

function luhnValid(number: string): boolean {
  let sum = 0
  let double = false
  for (let i = number.length - 1; i >= 0; i--) {
    let d = Number(number[i])
    if (double) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
    double = !double
  }
  return number.length >= 12 && sum % 10 === 0
}

const ZERO_DECIMAL = new Set(["bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd", "vuv", "xaf", "xof", "xpf"])
/** Stripe's minimum charge amounts (smallest unit) for the currencies this store may use. */
const MINIMUM_AMOUNT: Record<string, number> = { usd: 50, eur: 50, gbp: 30, cad: 50, aud: 50, chf: 50, nzd: 50, sgd: 50, dkk: 250, sek: 300, nok: 300 }

function formatAmount(amount: number, currency: string): string {
  const major = ZERO_DECIMAL.has(currency) ? amount : amount / 100
  return `${ZERO_DECIMAL.has(currency) ? major.toFixed(0) : major.toFixed(2)} ${currency.toUpperCase()}`
}

const INTENT_CANCELABLE: IntentStatus[] = ["requires_payment_method", "requires_capture", "requires_confirmation", "requires_action", "processing"]
const INTENT_CONFIRMABLE: IntentStatus[] = ["requires_payment_method", "requires_confirmation", "requires_action"]
const INTENT_AMOUNT_EDITABLE: IntentStatus[] = ["requires_payment_method", "requires_confirmation", "requires_action"]

/** Fields a publishable key (the browser) may see of an intent, as with Stripe. */
const PUBLISHABLE_INTENT_FIELDS = [
  "id",
  "object",
  "amount",
  "automatic_payment_methods",
  "canceled_at",
  "cancellation_reason",
  "capture_method",
  "client_secret",
  "confirmation_method",
  "created",
  "currency",
  "description",
  "last_payment_error",
  "livemode",
  "next_action",
  "payment_method",
  "payment_method_configuration_details",
  "payment_method_types",
  "processing",
  "receipt_email",
  "setup_future_usage",
  "shipping",
  "status",
] as const

// ---------------------------------------------------------------------------
// The server

interface Auth {
  kind: "secret" | "publishable" | "none"
  key: string | null
}

interface Ctx {
  method: string
  path: string
  params: Params
  auth: Auth
  requestId: string
  idempotencyKey: string | null
  match: Record<string, string>
}

type Result = { status: number; body: unknown }
/** Synchronous on purpose: a request runs to completion before the next one starts, so Idempotency-Key checks cannot race. */
type Handler = (ctx: Ctx) => Result

interface Route {
  method: string
  pattern: RegExp
  handler: Handler
  /** Reachable with a publishable key (the browser); such calls must carry the object's client secret. */
  publishable?: boolean
}

interface StoredResponse {
  fingerprint: string
  status: number
  body: string
}

interface HeldDelivery {
  event: StripeEvent
}

const DEFAULT_API_VERSION = "2024-04-10"

export async function startFakeStripe(options: FakeStripeOptions): Promise<FakeStripe> {
  if (!options.webhookSecret) throw new Error("startFakeStripe: webhookSecret is required")
  const host = options.host ?? "127.0.0.1"
  const apiVersion = options.apiVersion ?? DEFAULT_API_VERSION
  const retries = options.webhookRetries ?? 3
  const retryDelay = options.webhookRetryDelayMs ?? 200
  let webhookSecret = options.webhookSecret
  let webhookDelay = options.webhookDelayMs ?? 50
  let baseUrl = ""

  const state: FakeState = {
    intents: new Map(),
    charges: new Map(),
    refunds: new Map(),
    customers: new Map(),
    paymentMethods: new Map(),
    setupIntents: new Map(),
    events: [],
    deliveries: [],
    counts: new Map(),
    requests: [],
    idempotencyReplays: 0,
    webhookMode: "immediate",
    webhookUrl: options.webhookUrl || undefined,
  }
  /** Card numbers behind PaymentMethods (never exposed, as with Stripe). */
  const cardNumbers = new Map<string, string>()
  /** Creation order, to sort lists newest first when `created` ties. */
  const sequence = new Map<string, number>()
  let nextSequence = 0
  const idempotency = new Map<string, StoredResponse>()
  let faults: (Fault & { remaining: number })[] = []
  let held: HeldDelivery[] = []
  const timers = new Set<NodeJS.Timeout>()
  const inFlight = new Set<Promise<unknown>>()
  /** Bumped by reset(): deliveries scheduled before it are abandoned. */
  let generation = 0
  /** The request being handled, for the `request` field of events. */
  let currentRequest: { id: string; idempotencyKey: string | null } | null = null

  const remember = (id: string) => sequence.set(id, nextSequence++)
  const countsFor = (intentId: string): IntentCounts => {
    let c = state.counts.get(intentId)
    if (!c) {
      c = { create: 0, update: 0, retrieve: 0, confirm: 0, three_d_secure: 0, capture: 0, cancel: 0, refund: 0 }
      state.counts.set(intentId, c)
    }
    return c
  }

  // --- lookups --------------------------------------------------------------

  function intentOr404(id: string): PaymentIntent {
    const pi = state.intents.get(id)
    if (!pi) throw noSuch("payment_intent", id, "intent")
    return pi
  }
  function customerOr404(id: string, param = "id"): Customer {
    const c = state.customers.get(id)
    if (!c) throw noSuch("customer", id, param)
    return c
  }
  function lookupAny(id: string): object | undefined {
    return state.intents.get(id) ?? state.charges.get(id) ?? state.paymentMethods.get(id) ?? state.customers.get(id) ?? state.refunds.get(id) ?? state.setupIntents.get(id)
  }

  /** Replaces id strings by objects along `expand` paths (e.g. "payment_method", "latest_charge.customer", "data.customer"). */
  function expand<T extends object>(value: T, paths: string[]): T {
    const out = clone(value) as unknown as Record<string, unknown>
    for (const path of paths) expandPath(out, path.split("."))
    return out as unknown as T
  }
  function expandPath(target: Record<string, unknown>, path: string[]) {
    const [field, ...rest] = path
    if (!field) return
    if (field === "data" && Array.isArray(target.data)) {
      for (const item of target.data as Record<string, unknown>[]) expandPath(item, rest)
      return
    }
    const current = target[field]
    if (typeof current === "string") {
      const found = lookupAny(current)
      if (found) target[field] = clone(found)
    }
    const next = target[field]
    if (rest.length && next && typeof next === "object") expandPath(next as Record<string, unknown>, rest)
  }

  function publishableView(pi: PaymentIntent): Partial<PaymentIntent> {
    const view: Record<string, unknown> = {}
    for (const f of PUBLISHABLE_INTENT_FIELDS) view[f] = clone(pi[f])
    return view as Partial<PaymentIntent>
  }

  // --- events and webhooks ------------------------------------------------

  function emit(type: string, object: object, previous?: Record<string, unknown>): StripeEvent {
    const event: StripeEvent = {
      id: newId("evt"),
      object: "event",
      api_version: apiVersion,
      created: unixNow(),
      data: { object: clone(object) as Record<string, unknown>, ...(previous ? { previous_attributes: previous } : {}) },
      livemode: false,
      pending_webhooks: state.webhookUrl ? 1 : 0,
      request: { id: currentRequest?.id ?? null, idempotency_key: currentRequest?.idempotencyKey ?? null },
      type,
    }
    state.events.push(event)
    if (state.webhookUrl) {
      if (state.webhookMode === "hold") held.push({ event })
      else schedule(event)
    }
    return event
  }

  function schedule(event: StripeEvent) {
    const gen = generation
    let release: () => void = () => {}
    const done = new Promise<void>((resolve) => (release = resolve))
    inFlight.add(done)
    const timer = setTimeout(() => {
      timers.delete(timer)
      const run = gen === generation ? deliver(event, { redelivery: false }) : Promise.resolve([])
      run.finally(() => {
        inFlight.delete(done)
        release()
      })
    }, webhookDelay)
    timers.add(timer)
  }

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        timers.delete(t)
        resolve()
      }, ms)
      timers.add(t)
    })

  async function deliver(event: StripeEvent, opts: { redelivery: boolean; secret?: string }): Promise<WebhookDelivery[]> {
    const url = state.webhookUrl
    const made: WebhookDelivery[] = []
    if (!url) return made
    const gen = generation
    const payload = JSON.stringify(event, null, 2)
    for (let attempt = 1; attempt <= retries + 1; attempt++) {
      if (gen !== generation) break
      const started = Date.now()
      const header = Stripe.webhooks.generateTestHeaderString({ payload, secret: opts.secret ?? webhookSecret })
      const record: WebhookDelivery = { event_id: event.id, event_type: event.type, attempt, redelivery: opts.redelivery, status: null, at: new Date(started).toISOString(), duration_ms: 0 }
      try {
        const res = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json; charset=utf-8", "stripe-signature": header, "user-agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)" },
          body: payload,
          signal: AbortSignal.timeout(10_000),
        })
        record.status = res.status
        await res.arrayBuffer().catch(() => undefined)
      } catch (error) {
        record.error = (error as Error).message
      }
      record.duration_ms = Date.now() - started
      if (gen !== generation) break
      state.deliveries.push(record)
      made.push(record)
      if (record.status !== null && record.status >= 200 && record.status < 300) {
        event.pending_webhooks = 0
        break
      }
      if (attempt <= retries) await sleep(retryDelay * 2 ** (attempt - 1))
    }
    return made
  }

  function track<T>(promise: Promise<T>): Promise<T> {
    inFlight.add(promise)
    return promise.finally(() => inFlight.delete(promise))
  }

  // --- objects ------------------------------------------------------------

  function newPaymentMethod(number: string, card: Params | undefined, billing: Params | undefined, metadata: Metadata = {}): PaymentMethod {
    const digits = number.replace(/\D/g, "")
    const brand = brandOf(digits)
    const expMonth = card ? int(card, "exp_month") : undefined
    const expYear = card ? int(card, "exp_year") : undefined
    const pm: PaymentMethod = {
      id: newId("pm"),
      object: "payment_method",
      billing_details: {
        address: { city: null, country: null, line1: null, line2: null, postal_code: null, state: null, ...((plain(billing?.address) as object) ?? {}) },
        email: billing && typeof billing.email === "string" ? billing.email : null,
        name: billing && typeof billing.name === "string" ? billing.name : null,
        phone: billing && typeof billing.phone === "string" ? billing.phone : null,
      },
      card: {
        brand,
        checks: { address_line1_check: null, address_postal_code_check: null, cvc_check: card && typeof card.cvc === "string" ? "pass" : null },
        country: "US",
        display_brand: brand,
        exp_month: expMonth ?? 12,
        exp_year: expYear === undefined ? new Date().getFullYear() + 5 : expYear < 100 ? 2000 + expYear : expYear,
        fingerprint: randomToken(16),
        funding: "credit",
        generated_from: null,
        last4: digits.slice(-4),
        networks: { available: [brand], preferred: null },
        three_d_secure_usage: { supported: true },
        wallet: null,
      },
      created: unixNow(),
      customer: null,
      livemode: false,
      metadata,
      type: "card",
    }
    state.paymentMethods.set(pm.id, pm)
    cardNumbers.set(pm.id, digits)
    remember(pm.id)
    return pm
  }

  /** A PaymentMethod from `payment_method` (id or test id) or `payment_method_data` params. */
  function paymentMethodFrom(p: Params): PaymentMethod | undefined {
    const data = obj(p, "payment_method_data")
    if (data) {
      const type = nonEmpty(data, "type")
      if (type !== "card") throw paramError(`This fake only supports card payment methods (got ${type ?? "none"})`, "payment_method_data[type]")
      const card = obj(data, "card")
      const number = card ? nonEmpty(card, "number") : undefined
      if (!card || !number) throw missingParam("payment_method_data[card][number]")
      return newPaymentMethod(number, card, obj(data, "billing_details"))
    }
    const id = nonEmpty(p, "payment_method")
    if (!id) return undefined
    const testNumber = TEST_PAYMENT_METHODS[id]
    if (testNumber) return newPaymentMethod(testNumber, undefined, undefined)
    const pm = state.paymentMethods.get(id)
    if (!pm) throw noSuch("PaymentMethod", id, "payment_method")
    return pm
  }

  function outcomeOf(pm: PaymentMethod): CardOutcome {
    const number = cardNumbers.get(pm.id) ?? ""
    return CARD_OUTCOMES[number] ?? INCORRECT_NUMBER
  }

  function newCharge(pi: PaymentIntent, pm: PaymentMethod, status: Charge["status"], captured: boolean, failure?: { code: string; decline_code?: string; message: string }): Charge {
    const charge: Charge = {
      id: newId("ch"),
      object: "charge",
      amount: pi.amount,
      amount_captured: captured ? pi.amount : 0,
      amount_refunded: 0,
      balance_transaction: null,
      captured,
      created: unixNow(),
      currency: pi.currency,
      customer: pi.customer,
      description: pi.description,
      failure_code: failure?.code ?? null,
      failure_message: failure?.message ?? null,
      livemode: false,
      metadata: { ...pi.metadata },
      outcome: failure
        ? { network_status: "declined_by_network", reason: failure.decline_code ?? failure.code, risk_level: "normal", seller_message: "The bank did not return any further details with this decline.", type: "issuer_declined" }
        : { network_status: "approved_by_network", reason: null, risk_level: "normal", seller_message: "Payment complete.", type: "authorized" },
      paid: status === "succeeded",
      payment_intent: pi.id,
      payment_method: pm.id,
      payment_method_details: { type: "card", card: { brand: pm.card.brand, last4: pm.card.last4, exp_month: pm.card.exp_month, exp_year: pm.card.exp_year, funding: pm.card.funding } },
      receipt_email: pi.receipt_email,
      refunded: false,
      status,
    }
    state.charges.set(charge.id, charge)
    remember(charge.id)
    return charge
  }

  /** The card was accepted: charge now (automatic capture) or hold the amount (manual). */
  function authorize(pi: PaymentIntent, pm: PaymentMethod) {
    const manual = pi.capture_method === "manual"
    const charge = newCharge(pi, pm, "succeeded", !manual)
    pi.latest_charge = charge.id
    pi.next_action = null
    pi.last_payment_error = null
    if (manual) {
      pi.status = "requires_capture"
      pi.amount_capturable = pi.amount
      emit("payment_intent.amount_capturable_updated", pi)
    } else {
      pi.status = "succeeded"
      pi.amount_received = pi.amount
      pi.amount_capturable = 0
      emit("payment_intent.succeeded", pi)
    }
  }

  /** The card was refused: the intent goes back to requires_payment_method (retryable) and the caller gets a 402. */
  function decline(pi: PaymentIntent, pm: PaymentMethod, outcome: Extract<CardOutcome, { kind: "decline" }>): StripeFailure {
    const charge = outcome.code === "incorrect_number" ? undefined : newCharge(pi, pm, "failed", false, outcome)
    if (charge) pi.latest_charge = charge.id
    const error: StripeErrorObject = {
      type: "card_error",
      code: outcome.code,
      ...(outcome.decline_code ? { decline_code: outcome.decline_code } : {}),
      message: outcome.message,
      ...(outcome.param ? { param: outcome.param } : {}),
      doc_url: `https://stripe.com/docs/error-codes/${outcome.code.replace(/_/g, "-")}`,
      ...(charge ? { charge: charge.id } : {}),
      payment_method: clone(pm),
    }
    pi.status = "requires_payment_method"
    pi.payment_method = null
    pi.next_action = null
    pi.last_payment_error = error
    emit("payment_intent.payment_failed", pi)
    return new StripeFailure(402, { ...clone(error), request_log_url: requestLogUrl(), payment_intent: clone(pi) })
  }

  function threeDSecureAction(pi: PaymentIntent, returnUrl: string | null, sdk: boolean): NextAction {
    const url = `${options.publicUrl ?? baseUrl}/3ds/${pi.id}?client_secret=${encodeURIComponent(pi.client_secret)}`
    if (sdk && !returnUrl) return { type: "use_stripe_sdk", use_stripe_sdk: { type: "three_d_secure_redirect", stripe_js: url, source: newId("src") } }
    return { type: "redirect_to_url", redirect_to_url: { url, return_url: returnUrl } }
  }

  function unexpectedState(pi: PaymentIntent, message: string): StripeFailure {
    return new StripeFailure(400, {
      type: "invalid_request_error",
      code: "payment_intent_unexpected_state",
      message,
      doc_url: "https://stripe.com/docs/error-codes/payment-intent-unexpected-state",
      request_log_url: requestLogUrl(),
      payment_intent: clone(pi),
    })
  }
  function requestLogUrl() {
    return `https://dashboard.stripe.com/test/logs/${currentRequest?.id ?? "req_fake"}`
  }

  function createIntent(p: Params): PaymentIntent {
    const amountText = str(p, "amount")
    if (amountText === undefined || amountText === "") throw missingParam("amount")
    const amount = positiveInt(p, "amount") as number
    const currency = nonEmpty(p, "currency")?.toLowerCase()
    if (!currency) throw missingParam("currency")
    if (!/^[a-z]{3}$/.test(currency)) throw paramError(`Invalid currency: ${currency}. Stripe currently supports these currencies: usd, eur, gbp, …`, "currency")
    const minimum = MINIMUM_AMOUNT[currency]
    if (minimum && amount < minimum) {
      throw new StripeFailure(400, { type: "invalid_request_error", code: "amount_too_small", message: `Amount must be at least ${formatAmount(minimum, currency)}`, param: "amount" }, false)
    }
    const captureMethod = oneOf(p, "capture_method", ["automatic", "automatic_async", "manual"]) ?? "automatic"
    const types = strList(p, "payment_method_types")
    const automatic = obj(p, "automatic_payment_methods")
    if (types && automatic) {
      throw paramError("You may only specify one of these parameters: automatic_payment_methods, payment_method_types.", "automatic_payment_methods")
    }
    const customer = nonEmpty(p, "customer")
    if (customer) customerOr404(customer, "customer")
    const pm = paymentMethodFrom(p)
    const pi: PaymentIntent = {
      id: newId("pi"),
      object: "payment_intent",
      amount,
      amount_capturable: 0,
      amount_received: 0,
      application: null,
      application_fee_amount: null,
      automatic_payment_methods: automatic ? { enabled: bool(automatic, "enabled") ?? false, ...(typeof automatic.allow_redirects === "string" ? { allow_redirects: automatic.allow_redirects } : {}) } : null,
      canceled_at: null,
      cancellation_reason: null,
      capture_method: captureMethod,
      client_secret: "",
      confirmation_method: oneOf(p, "confirmation_method", ["automatic", "manual"]) ?? "automatic",
      created: unixNow(),
      currency,
      customer: customer ?? null,
      description: nonEmpty(p, "description") ?? null,
      invoice: null,
      last_payment_error: null,
      latest_charge: null,
      livemode: false,
      metadata: mergeMetadata({}, p),
      next_action: null,
      on_behalf_of: null,
      payment_method: pm?.id ?? null,
      payment_method_configuration_details: null,
      payment_method_options: (plain(obj(p, "payment_method_options")) as Record<string, unknown>) ?? {
        card: { installments: null, mandate_options: null, network: null, request_three_d_secure: "automatic" },
      },
      payment_method_types: types ?? ["card"],
      processing: null,
      receipt_email: nonEmpty(p, "receipt_email") ?? null,
      review: null,
      setup_future_usage: oneOf(p, "setup_future_usage", ["on_session", "off_session"]) ?? null,
      shipping: (plain(obj(p, "shipping")) as Record<string, unknown>) ?? null,
      source: null,
      statement_descriptor: nonEmpty(p, "statement_descriptor") ?? null,
      statement_descriptor_suffix: nonEmpty(p, "statement_descriptor_suffix") ?? null,
      status: pm ? "requires_confirmation" : "requires_payment_method",
      transfer_data: null,
      transfer_group: null,
    }
    pi.client_secret = `${pi.id}_secret_${randomToken(25)}`
    state.intents.set(pi.id, pi)
    remember(pi.id)
    countsFor(pi.id).create++
    emit("payment_intent.created", pi)
    if (bool(p, "confirm")) confirmIntent(pi, { ...p, payment_method: pm?.id ?? "", payment_method_data: "" })
    return pi
  }

  function confirmIntent(pi: PaymentIntent, p: Params): PaymentIntent {
    if (!INTENT_CONFIRMABLE.includes(pi.status)) {
      const why = pi.status === "succeeded" ? "it has already succeeded after being previously confirmed" : `it has a status of ${pi.status}`
      throw unexpectedState(pi, `You cannot confirm this PaymentIntent because ${why}.`)
    }
    const returnUrl = nonEmpty(p, "return_url") ?? null
    const receipt = nonEmpty(p, "receipt_email")
    if (receipt) pi.receipt_email = receipt
    const shipping = obj(p, "shipping")
    if (shipping) pi.shipping = plain(shipping) as Record<string, unknown>
    const sfu = oneOf(p, "setup_future_usage", ["on_session", "off_session"])
    if (sfu) pi.setup_future_usage = sfu
    const captureMethod = oneOf(p, "capture_method", ["automatic", "automatic_async", "manual"])
    if (captureMethod) pi.capture_method = captureMethod
    const pm = paymentMethodFrom(p) ?? (pi.payment_method ? state.paymentMethods.get(pi.payment_method) : undefined)
    if (!pm) {
      throw unexpectedState(
        pi,
        "You cannot confirm this PaymentIntent because it's missing a payment method. You can either update the PaymentIntent with a payment method and then confirm it again, or confirm it again directly with a payment method."
      )
    }
    countsFor(pi.id).confirm++
    pi.payment_method = pm.id
    pi.last_payment_error = null
    pi.next_action = null
    const outcome = outcomeOf(pm)
    if (outcome.kind === "success") {
      authorize(pi, pm)
    } else if (outcome.kind === "three_d_secure") {
      if (bool(p, "off_session")) {
        throw decline(pi, pm, { kind: "decline", code: "authentication_required", decline_code: "authentication_required", message: "Your card was declined. This transaction requires authentication." })
      }
      pi.status = "requires_action"
      pi.next_action = threeDSecureAction(pi, returnUrl, bool(p, "use_stripe_sdk") ?? false)
      emit("payment_intent.requires_action", pi)
    } else {
      throw decline(pi, pm, outcome)
    }
    return pi
  }

  function completeThreeDSecure(pi: PaymentIntent, result: "succeed" | "fail"): PaymentIntent {
    if (pi.status !== "requires_action") {
      throw unexpectedState(pi, `This PaymentIntent has no pending authentication: its status is ${pi.status}.`)
    }
    countsFor(pi.id).three_d_secure++
    const pm = pi.payment_method ? state.paymentMethods.get(pi.payment_method) : undefined
    if (result === "succeed" && pm) {
      authorize(pi, pm)
    } else {
      pi.status = "requires_payment_method"
      pi.next_action = null
      pi.last_payment_error = {
        type: "invalid_request_error",
        code: "payment_intent_authentication_failure",
        message: "We are unable to authenticate your payment method. Please choose a different payment method and try again.",
        doc_url: "https://stripe.com/docs/error-codes/payment-intent-authentication-failure",
        ...(pm ? { payment_method: clone(pm) } : {}),
      }
      pi.payment_method = null
      emit("payment_intent.payment_failed", pi)
    }
    return pi
  }

  function updateIntent(pi: PaymentIntent, p: Params): PaymentIntent {
    const amount = positiveInt(p, "amount")
    const currency = nonEmpty(p, "currency")?.toLowerCase()
    const amountChanges = (amount !== undefined && amount !== pi.amount) || (currency !== undefined && currency !== pi.currency)
    if (amountChanges && !INTENT_AMOUNT_EDITABLE.includes(pi.status)) {
      throw unexpectedState(
        pi,
        `This PaymentIntent's amount could not be updated because it has a status of ${pi.status}. You may only update the amount of a PaymentIntent with one of the following statuses: ${INTENT_AMOUNT_EDITABLE.join(", ")}.`
      )
    }
    const pm = paymentMethodFrom(p)
    if ((pm || p.capture_method !== undefined) && !INTENT_AMOUNT_EDITABLE.includes(pi.status)) {
      throw unexpectedState(pi, `This PaymentIntent could not be updated because it has a status of ${pi.status}.`)
    }
    if (amount !== undefined) pi.amount = amount
    if (currency) pi.currency = currency
    pi.metadata = mergeMetadata(pi.metadata, p)
    const description = str(p, "description")
    if (description !== undefined) pi.description = description || null
    const receipt = str(p, "receipt_email")
    if (receipt !== undefined) pi.receipt_email = receipt || null
    const customer = str(p, "customer")
    if (customer) customerOr404(customer, "customer")
    if (customer !== undefined) pi.customer = customer || null
    const shipping = p.shipping
    if (shipping !== undefined) pi.shipping = shipping === "" ? null : (plain(shipping) as Record<string, unknown>)
    const captureMethod = oneOf(p, "capture_method", ["automatic", "automatic_async", "manual"])
    if (captureMethod) pi.capture_method = captureMethod
    const types = strList(p, "payment_method_types")
    if (types) pi.payment_method_types = types
    const sfu = str(p, "setup_future_usage")
    if (sfu !== undefined) pi.setup_future_usage = sfu || null
    for (const key of ["statement_descriptor", "statement_descriptor_suffix"] as const) {
      const v = str(p, key)
      if (v !== undefined) pi[key] = v || null
    }
    if (pm) {
      pi.payment_method = pm.id
      pi.next_action = null
      pi.status = "requires_confirmation"
    } else if (amountChanges && pi.status === "requires_action") {
      pi.next_action = null
      pi.status = "requires_confirmation"
    }
    countsFor(pi.id).update++
    return pi
  }

  function captureIntent(pi: PaymentIntent, p: Params): PaymentIntent {
    if (pi.status !== "requires_capture") {
      throw unexpectedState(
        pi,
        `This PaymentIntent could not be captured because it has a status of ${pi.status}. Only a PaymentIntent with one of the following statuses may be captured: requires_capture.`
      )
    }
    const requested = positiveInt(p, "amount_to_capture") ?? pi.amount_capturable
    if (requested > pi.amount_capturable) {
      throw new StripeFailure(400, {
        type: "invalid_request_error",
        code: "amount_too_large",
        message: `The amount to capture (${requested}) is greater than the amount capturable (${pi.amount_capturable}).`,
        param: "amount_to_capture",
      }, false)
    }
    countsFor(pi.id).capture++
    pi.metadata = mergeMetadata(pi.metadata, p)
    const charge = pi.latest_charge ? state.charges.get(pi.latest_charge) : undefined
    if (charge) {
      charge.captured = true
      charge.amount_captured = requested
      charge.metadata = { ...pi.metadata }
    }
    pi.amount_received = requested
    pi.amount_capturable = 0
    pi.status = "succeeded"
    emit("payment_intent.succeeded", pi)
    return pi
  }

  function cancelIntent(pi: PaymentIntent, p: Params): PaymentIntent {
    if (!INTENT_CANCELABLE.includes(pi.status)) {
      throw unexpectedState(
        pi,
        `You cannot cancel this PaymentIntent because it has a status of ${pi.status}. Only a PaymentIntent with one of the following statuses may be canceled: ${INTENT_CANCELABLE.join(", ")}.`
      )
    }
    const reason = oneOf(p, "cancellation_reason", ["duplicate", "fraudulent", "requested_by_customer", "abandoned"])
    countsFor(pi.id).cancel++
    const charge = pi.latest_charge ? state.charges.get(pi.latest_charge) : undefined
    if (charge && pi.status === "requires_capture" && !charge.captured) {
      // Releasing an authorisation: Stripe shows the uncaptured charge as refunded.
      charge.amount_refunded = charge.amount
      charge.refunded = true
    }
    pi.status = "canceled"
    pi.canceled_at = unixNow()
    pi.cancellation_reason = reason ?? null
    pi.amount_capturable = 0
    pi.next_action = null
    emit("payment_intent.canceled", pi)
    return pi
  }

  function createRefund(p: Params): Refund {
    const intentId = nonEmpty(p, "payment_intent")
    const chargeId = nonEmpty(p, "charge")
    if (!intentId && !chargeId) {
      throw new StripeFailure(400, { type: "invalid_request_error", code: "parameter_missing", message: "One of the following params should be provided for this request: payment_intent or charge." }, false)
    }
    let charge: Charge | undefined
    let pi: PaymentIntent | undefined
    if (intentId) {
      pi = state.intents.get(intentId)
      if (!pi) throw noSuch("payment_intent", intentId, "payment_intent")
      charge = pi.latest_charge ? state.charges.get(pi.latest_charge) : undefined
    } else if (chargeId) {
      charge = state.charges.get(chargeId)
      if (!charge) throw noSuch("charge", chargeId, "charge")
      pi = state.intents.get(charge.payment_intent)
    }
    const amount = positiveInt(p, "amount")
    const reason = oneOf(p, "reason", ["duplicate", "fraudulent", "requested_by_customer"])
    if (!charge || !pi || charge.status !== "succeeded" || !charge.captured) {
      const what = pi ? `This PaymentIntent (${pi.id})` : "This charge"
      throw new StripeFailure(400, {
        type: "invalid_request_error",
        code: pi ? "payment_intent_unexpected_state" : "charge_not_refundable",
        message: `${what} does not have a successful, captured charge to refund.`,
        ...(pi ? { payment_intent: clone(pi) } : {}),
      })
    }
    const refundable = charge.amount_captured - charge.amount_refunded
    if (refundable <= 0) {
      throw new StripeFailure(400, { type: "invalid_request_error", code: "charge_already_refunded", message: `Charge ${charge.id} has already been refunded.`, charge: charge.id })
    }
    const value = amount ?? refundable
    if (value > refundable) {
      throw new StripeFailure(400, {
        type: "invalid_request_error",
        code: "amount_too_large",
        message: `Refund amount (${formatAmount(value, charge.currency)}) is greater than unrefunded amount on charge (${formatAmount(refundable, charge.currency)})`,
        param: "amount",
      })
    }
    const refund: Refund = {
      id: newId("re"),
      object: "refund",
      amount: value,
      balance_transaction: null,
      charge: charge.id,
      created: unixNow(),
      currency: charge.currency,
      metadata: mergeMetadata({}, p),
      payment_intent: pi.id,
      reason: reason ?? null,
      status: "succeeded",
    }
    state.refunds.set(refund.id, refund)
    remember(refund.id)
    charge.amount_refunded += value
    charge.refunded = charge.amount_refunded >= charge.amount_captured
    countsFor(pi.id).refund++
    emit("charge.refunded", charge)
    return refund
  }

  function createCustomer(p: Params): Customer {
    const c: Customer = {
      id: newId("cus"),
      object: "customer",
      address: null,
      balance: 0,
      created: unixNow(),
      currency: null,
      default_source: null,
      delinquent: false,
      description: null,
      email: null,
      invoice_prefix: randomToken(8).toUpperCase(),
      invoice_settings: { custom_fields: null, default_payment_method: null, footer: null, rendering_options: null },
      livemode: false,
      metadata: {},
      name: null,
      phone: null,
      preferred_locales: [],
      shipping: null,
      tax_exempt: "none",
      test_clock: null,
    }
    applyCustomer(c, p)
    state.customers.set(c.id, c)
    remember(c.id)
    return c
  }

  function applyCustomer(c: Customer, p: Params) {
    for (const key of ["email", "name", "phone", "description"] as const) {
      const v = str(p, key)
      if (v !== undefined) c[key] = v || null
    }
    if (p.address !== undefined) c.address = p.address === "" ? null : (plain(p.address) as Record<string, unknown>)
    if (p.shipping !== undefined) c.shipping = p.shipping === "" ? null : (plain(p.shipping) as Record<string, unknown>)
    const locales = strList(p, "preferred_locales")
    if (locales) c.preferred_locales = locales
    const settings = obj(p, "invoice_settings")
    if (settings) {
      const dpm = str(settings, "default_payment_method")
      if (dpm !== undefined) c.invoice_settings.default_payment_method = dpm || null
    }
    c.metadata = mergeMetadata(c.metadata, p)
  }

  function list<T extends { id: string; created: number }>(items: T[], p: Params, url: string): Result {
    const limit = Math.min(Math.max(int(p, "limit") ?? 10, 1), 100)
    let rows = [...items]
    const created = p.created
    if (typeof created === "string" && created !== "") rows = rows.filter((r) => r.created === Number(created))
    else if (created && typeof created === "object" && !Array.isArray(created)) {
      const bound = (k: string) => (typeof created[k] === "string" && created[k] !== "" ? Number(created[k]) : undefined)
      const [gt, gte, lt, lte] = [bound("gt"), bound("gte"), bound("lt"), bound("lte")]
      rows = rows.filter((r) => (gt === undefined || r.created > gt) && (gte === undefined || r.created >= gte) && (lt === undefined || r.created < lt) && (lte === undefined || r.created <= lte))
    }
    rows.sort((a, b) => b.created - a.created || (sequence.get(b.id) ?? 0) - (sequence.get(a.id) ?? 0))
    const after = nonEmpty(p, "starting_after")
    const before = nonEmpty(p, "ending_before")
    let page: T[]
    let hasMore: boolean
    if (after) {
      const i = rows.findIndex((r) => r.id === after)
      if (i < 0) throw noSuch("object", after, "starting_after")
      const rest = rows.slice(i + 1)
      page = rest.slice(0, limit)
      hasMore = rest.length > limit
    } else if (before) {
      const i = rows.findIndex((r) => r.id === before)
      if (i < 0) throw noSuch("object", before, "ending_before")
      const rest = rows.slice(0, i)
      page = rest.slice(Math.max(rest.length - limit, 0))
      hasMore = rest.length > limit
    } else {
      page = rows.slice(0, limit)
      hasMore = rows.length > limit
    }
    const body = { object: "list", data: page.map((x) => clone(x)), has_more: hasMore, url }
    return { status: 200, body: expand(body, expandList(p)) }
  }

  // --- access checks ------------------------------------------------------

  function requireSecret(ctx: Ctx) {
    if (ctx.auth.kind !== "secret") {
      throw new StripeFailure(401, {
        type: "invalid_request_error",
        message: "This API call cannot be made with a publishable API key. Please use a secret API key. You can find a list of your API keys at https://dashboard.stripe.com/account/apikeys.",
      }, false)
    }
  }
  function checkClientSecret(ctx: Ctx, secret: string, kind: string) {
    if (ctx.auth.kind === "secret") return
    const given = nonEmpty(ctx.params, "client_secret")
    if (!given) throw missingParam("client_secret")
    if (given !== secret) {
      throw new StripeFailure(400, {
        type: "invalid_request_error",
        code: `${kind}_invalid_parameter`,
        message: `The client_secret provided does not match the client_secret associated with the ${kind === "payment_intent" ? "PaymentIntent" : "SetupIntent"}.`,
        param: "client_secret",
      }, false)
    }
  }
  function intentView(ctx: Ctx, pi: PaymentIntent): unknown {
    if (ctx.auth.kind === "publishable") return expand(publishableView(pi), expandList(ctx.params).filter((e) => e === "payment_method"))
    return expand(pi, expandList(ctx.params))
  }

  // --- routes -------------------------------------------------------------

  const ok = (body: unknown): Result => ({ status: 200, body })
  const routes: Route[] = []
  const route = (method: string, path: string, handler: Handler, publishable = false) => {
    const pattern = new RegExp(`^${path.replace(/:(\w+)/g, "(?<$1>[^/]+)")}$`)
    routes.push({ method, pattern, handler, publishable })
  }

  route("POST", "/v1/payment_intents", (ctx) => {
    requireSecret(ctx)
    return ok(intentView(ctx, createIntent(ctx.params)))
  })
  route("GET", "/v1/payment_intents", (ctx) => {
    requireSecret(ctx)
    const customer = nonEmpty(ctx.params, "customer")
    const items = [...state.intents.values()].filter((pi) => !customer || pi.customer === customer)
    return list(items, ctx.params, "/v1/payment_intents")
  })
  route(
    "GET",
    "/v1/payment_intents/:id",
    (ctx) => {
      const pi = intentOr404(ctx.match.id)
      checkClientSecret(ctx, pi.client_secret, "payment_intent")
      countsFor(pi.id).retrieve++
      return ok(intentView(ctx, pi))
    },
    true
  )
  route("POST", "/v1/payment_intents/:id", (ctx) => {
    requireSecret(ctx)
    return ok(intentView(ctx, updateIntent(intentOr404(ctx.match.id), ctx.params)))
  })
  route(
    "POST",
    "/v1/payment_intents/:id/confirm",
    (ctx) => {
      const pi = intentOr404(ctx.match.id)
      checkClientSecret(ctx, pi.client_secret, "payment_intent")
      return ok(intentView(ctx, confirmIntent(pi, ctx.params)))
    },
    true
  )
  route(
    "POST",
    "/v1/payment_intents/:id/_fake_3ds",
    (ctx) => {
      const pi = intentOr404(ctx.match.id)
      const given = nonEmpty(ctx.params, "client_secret")
      if (!given) throw missingParam("client_secret")
      checkClientSecret({ ...ctx, auth: { kind: "publishable", key: null } }, pi.client_secret, "payment_intent")
      const result = oneOf(ctx.params, "result", ["succeed", "fail"]) ?? "succeed"
      return ok(intentView(ctx, completeThreeDSecure(pi, result as "succeed" | "fail")))
    },
    true
  )
  route("POST", "/v1/payment_intents/:id/capture", (ctx) => {
    requireSecret(ctx)
    return ok(intentView(ctx, captureIntent(intentOr404(ctx.match.id), ctx.params)))
  })
  route("POST", "/v1/payment_intents/:id/cancel", (ctx) => {
    requireSecret(ctx)
    return ok(intentView(ctx, cancelIntent(intentOr404(ctx.match.id), ctx.params)))
  })

  route("POST", "/v1/refunds", (ctx) => {
    requireSecret(ctx)
    return ok(expand(createRefund(ctx.params), expandList(ctx.params)))
  })
  route("GET", "/v1/refunds", (ctx) => {
    requireSecret(ctx)
    const pi = nonEmpty(ctx.params, "payment_intent")
    const charge = nonEmpty(ctx.params, "charge")
    const items = [...state.refunds.values()].filter((r) => (!pi || r.payment_intent === pi) && (!charge || r.charge === charge))
    return list(items, ctx.params, "/v1/refunds")
  })
  route("GET", "/v1/refunds/:id", (ctx) => {
    requireSecret(ctx)
    const r = state.refunds.get(ctx.match.id)
    if (!r) throw noSuch("refund", ctx.match.id)
    return ok(expand(r, expandList(ctx.params)))
  })
  route("GET", "/v1/charges", (ctx) => {
    requireSecret(ctx)
    const pi = nonEmpty(ctx.params, "payment_intent")
    return list([...state.charges.values()].filter((c) => !pi || c.payment_intent === pi), ctx.params, "/v1/charges")
  })
  route("GET", "/v1/charges/:id", (ctx) => {
    requireSecret(ctx)
    const c = state.charges.get(ctx.match.id)
    if (!c) throw noSuch("charge", ctx.match.id)
    return ok(expand(c, expandList(ctx.params)))
  })

  route("POST", "/v1/customers", (ctx) => {
    requireSecret(ctx)
    return ok(expand(createCustomer(ctx.params), expandList(ctx.params)))
  })
  route("GET", "/v1/customers", (ctx) => {
    requireSecret(ctx)
    const email = nonEmpty(ctx.params, "email")
    return list([...state.customers.values()].filter((c) => !c.deleted && (!email || c.email === email)), ctx.params, "/v1/customers")
  })
  route("GET", "/v1/customers/:id", (ctx) => {
    requireSecret(ctx)
    const c = customerOr404(ctx.match.id)
    if (c.deleted) return ok({ id: c.id, object: "customer", deleted: true })
    return ok(expand(c, expandList(ctx.params)))
  })
  route("POST", "/v1/customers/:id", (ctx) => {
    requireSecret(ctx)
    const c = customerOr404(ctx.match.id)
    if (c.deleted) throw noSuch("customer", c.id)
    applyCustomer(c, ctx.params)
    return ok(expand(c, expandList(ctx.params)))
  })
  route("DELETE", "/v1/customers/:id", (ctx) => {
    requireSecret(ctx)
    const c = customerOr404(ctx.match.id)
    if (c.deleted) throw noSuch("customer", c.id)
    c.deleted = true
    return ok({ id: c.id, object: "customer", deleted: true })
  })
  route("GET", "/v1/customers/:id/payment_methods", (ctx) => {
    requireSecret(ctx)
    const c = customerOr404(ctx.match.id, "customer")
    const type = nonEmpty(ctx.params, "type")
    const items = [...state.paymentMethods.values()].filter((pm) => pm.customer === c.id && (!type || pm.type === type))
    return list(items, ctx.params, `/v1/customers/${c.id}/payment_methods`)
  })

  route(
    "POST",
    "/v1/payment_methods",
    (ctx) => {
      const type = nonEmpty(ctx.params, "type")
      if (!type) throw missingParam("type")
      if (type !== "card") throw paramError(`This fake only supports card payment methods (got ${type})`, "type")
      const card = obj(ctx.params, "card")
      const number = card ? nonEmpty(card, "number") : undefined
      if (!card || !number) throw missingParam("card[number]")
      if (!luhnValid(number.replace(/\D/g, ""))) {
        throw new StripeFailure(402, { type: "card_error", code: "incorrect_number", message: "Your card number is incorrect.", param: "number" })
      }
      return ok(newPaymentMethod(number, card, obj(ctx.params, "billing_details"), mergeMetadata({}, ctx.params)))
    },
    true
  )
  route("GET", "/v1/payment_methods", (ctx) => {
    requireSecret(ctx)
    const customer = nonEmpty(ctx.params, "customer")
    const type = nonEmpty(ctx.params, "type")
    const items = [...state.paymentMethods.values()].filter((pm) => (!customer || pm.customer === customer) && (!type || pm.type === type) && (customer ? true : pm.customer !== null))
    return list(items, ctx.params, "/v1/payment_methods")
  })
  route("GET", "/v1/payment_methods/:id", (ctx) => {
    requireSecret(ctx)
    const pm = state.paymentMethods.get(ctx.match.id)
    if (!pm) throw noSuch("PaymentMethod", ctx.match.id, "payment_method")
    return ok(expand(pm, expandList(ctx.params)))
  })
  route("POST", "/v1/payment_methods/:id/attach", (ctx) => {
    requireSecret(ctx)
    const pm = state.paymentMethods.get(ctx.match.id)
    if (!pm) throw noSuch("PaymentMethod", ctx.match.id, "payment_method")
    const customer = nonEmpty(ctx.params, "customer")
    if (!customer) throw missingParam("customer")
    customerOr404(customer, "customer")
    pm.customer = customer
    return ok(clone(pm))
  })
  route("POST", "/v1/payment_methods/:id/detach", (ctx) => {
    requireSecret(ctx)
    const pm = state.paymentMethods.get(ctx.match.id)
    if (!pm) throw noSuch("PaymentMethod", ctx.match.id, "payment_method")
    if (!pm.customer) {
      throw new StripeFailure(400, { type: "invalid_request_error", code: "payment_method_unexpected_state", message: "The payment method you provided is not attached to a customer so detachment is impossible." })
    }
    pm.customer = null
    return ok(clone(pm))
  })

  route("POST", "/v1/setup_intents", (ctx) => {
    requireSecret(ctx)
    const customer = nonEmpty(ctx.params, "customer")
    if (customer) customerOr404(customer, "customer")
    const pm = paymentMethodFrom(ctx.params)
    const si: SetupIntent = {
      id: newId("seti"),
      object: "setup_intent",
      cancellation_reason: null,
      client_secret: "",
      created: unixNow(),
      customer: customer ?? null,
      description: nonEmpty(ctx.params, "description") ?? null,
      last_setup_error: null,
      livemode: false,
      metadata: mergeMetadata({}, ctx.params),
      next_action: null,
      payment_method: pm?.id ?? null,
      payment_method_types: strList(ctx.params, "payment_method_types") ?? ["card"],
      status: pm ? "requires_confirmation" : "requires_payment_method",
      usage: oneOf(ctx.params, "usage", ["on_session", "off_session"]) ?? "off_session",
    }
    si.client_secret = `${si.id}_secret_${randomToken(25)}`
    state.setupIntents.set(si.id, si)
    remember(si.id)
    if (bool(ctx.params, "confirm")) confirmSetup(si, { payment_method: si.payment_method ?? "" })
    return ok(expand(si, expandList(ctx.params)))
  })
  route(
    "GET",
    "/v1/setup_intents/:id",
    (ctx) => {
      const si = state.setupIntents.get(ctx.match.id)
      if (!si) throw noSuch("setup_intent", ctx.match.id, "intent")
      checkClientSecret(ctx, si.client_secret, "setup_intent")
      return ok(expand(si, expandList(ctx.params)))
    },
    true
  )
  route(
    "POST",
    "/v1/setup_intents/:id/confirm",
    (ctx) => {
      const si = state.setupIntents.get(ctx.match.id)
      if (!si) throw noSuch("setup_intent", ctx.match.id, "intent")
      checkClientSecret(ctx, si.client_secret, "setup_intent")
      return ok(expand(confirmSetup(si, ctx.params), expandList(ctx.params)))
    },
    true
  )
  route("POST", "/v1/setup_intents/:id/cancel", (ctx) => {
    requireSecret(ctx)
    const si = state.setupIntents.get(ctx.match.id)
    if (!si) throw noSuch("setup_intent", ctx.match.id, "intent")
    if (si.status === "succeeded" || si.status === "canceled") {
      throw new StripeFailure(400, { type: "invalid_request_error", code: "setup_intent_unexpected_state", message: `You cannot cancel this SetupIntent because it has a status of ${si.status}.`, setup_intent: clone(si) })
    }
    si.status = "canceled"
    si.cancellation_reason = nonEmpty(ctx.params, "cancellation_reason") ?? null
    return ok(clone(si))
  })

  function confirmSetup(si: SetupIntent, p: Params): SetupIntent {
    if (si.status === "succeeded" || si.status === "canceled") {
      throw new StripeFailure(400, { type: "invalid_request_error", code: "setup_intent_unexpected_state", message: `You cannot confirm this SetupIntent because it has a status of ${si.status}.`, setup_intent: clone(si) })
    }
    const pm = paymentMethodFrom(p) ?? (si.payment_method ? state.paymentMethods.get(si.payment_method) : undefined)
    if (!pm) throw missingParam("payment_method")
    const outcome = outcomeOf(pm)
    if (outcome.kind === "decline") {
      si.status = "requires_payment_method"
      si.payment_method = null
      si.last_setup_error = { type: "card_error", code: outcome.code, ...(outcome.decline_code ? { decline_code: outcome.decline_code } : {}), message: outcome.message, payment_method: clone(pm) }
      throw new StripeFailure(402, { ...clone(si.last_setup_error), setup_intent: clone(si) })
    }
    si.payment_method = pm.id
    si.last_setup_error = null
    si.status = "succeeded"
    if (si.customer) pm.customer = si.customer
    return si
  }

  route("GET", "/v1/events", (ctx) => {
    requireSecret(ctx)
    const type = nonEmpty(ctx.params, "type")
    return list(state.events.filter((e) => !type || e.type === type), ctx.params, "/v1/events")
  })
  route("GET", "/v1/events/:id", (ctx) => {
    requireSecret(ctx)
    const e = state.events.find((x) => x.id === ctx.match.id)
    if (!e) throw noSuch("event", ctx.match.id)
    return ok(clone(e))
  })

  // --- out-of-band changes (helpers and control API) ----------------------

  function setIntentStatus(id: string, status: IntentStatus, opts: SetIntentStatusOptions = {}): PaymentIntent {
    const pi = state.intents.get(id)
    if (!pi) throw new Error(`fake Stripe: no intent ${id}`)
    const emitEvent = opts.emit ?? true
    const muted = <T>(fn: () => T): T => {
      if (emitEvent) return fn()
      const before = state.events.length
      const heldBefore = held.length
      const wasUrl = state.webhookUrl
      state.webhookUrl = undefined
      try {
        return fn()
      } finally {
        state.webhookUrl = wasUrl
        state.events.splice(before)
        held.splice(heldBefore)
      }
    }
    const pmOf = () => (pi.payment_method && state.paymentMethods.get(pi.payment_method)) || newPaymentMethod("4242424242424242", undefined, undefined)
    muted(() => {
      switch (status) {
        case "succeeded":
        case "requires_capture": {
          const wanted = status === "succeeded" ? "automatic" : "manual"
          if (pi.status === "requires_capture" && status === "succeeded") {
            captureIntent(pi, {})
            countsFor(pi.id).capture--
            break
          }
          const pm = pmOf()
          pi.capture_method = wanted
          pi.payment_method = pm.id
          authorize(pi, pm)
          break
        }
        case "canceled":
          pi.status = pi.status === "succeeded" ? "requires_payment_method" : pi.status
          cancelIntent(pi, opts.cancellation_reason ? { cancellation_reason: opts.cancellation_reason } : {})
          break
        case "requires_payment_method": {
          const code = opts.decline_code ?? "generic_decline"
          const known = Object.values(CARD_OUTCOMES).find((o) => o.kind === "decline" && o.decline_code === code)
          const outcome = known?.kind === "decline" ? known : { kind: "decline" as const, code: "card_declined", decline_code: code, message: "Your card was declined." }
          decline(pi, pmOf(), outcome)
          break
        }
        case "requires_action":
          pi.payment_method = pmOf().id
          pi.status = "requires_action"
          pi.next_action = threeDSecureAction(pi, null, false)
          emit("payment_intent.requires_action", pi)
          break
        case "processing":
          pi.status = "processing"
          emit("payment_intent.processing", pi)
          break
        case "requires_confirmation":
          pi.payment_method = pmOf().id
          pi.status = "requires_confirmation"
          break
      }
    })
    return pi
  }

  function backdateIntent(id: string, seconds: number): PaymentIntent {
    const pi = state.intents.get(id)
    if (!pi) throw new Error(`fake Stripe: no intent ${id}`)
    pi.created -= Math.round(seconds)
    return pi
  }

  async function flushWebhooks(opts: { order?: "fifo" | "lifo"; eventIds?: string[] } = {}): Promise<WebhookDelivery[]> {
    let batch = held
    if (opts.eventIds) {
      const wanted = new Set(opts.eventIds)
      batch = held.filter((h) => wanted.has(h.event.id))
      held = held.filter((h) => !wanted.has(h.event.id))
    } else {
      held = []
    }
    if (opts.order === "lifo") batch = [...batch].reverse()
    const made: WebhookDelivery[] = []
    await track(
      (async () => {
        for (const h of batch) made.push(...(await deliver(h.event, { redelivery: false })))
      })()
    )
    return made
  }

  async function redeliver(eventId: string, opts: { secret?: string } = {}): Promise<WebhookDelivery[]> {
    const event = state.events.find((e) => e.id === eventId)
    if (!event) throw new Error(`fake Stripe: no event ${eventId}`)
    return track(deliver(event, { redelivery: true, secret: opts.secret }))
  }

  async function settleWebhooks(): Promise<void> {
    while (inFlight.size) await Promise.allSettled([...inFlight])
  }

  function reset() {
    generation++
    for (const t of timers) clearTimeout(t)
    timers.clear()
    inFlight.clear()
    held = []
    faults = []
    idempotency.clear()
    cardNumbers.clear()
    sequence.clear()
    state.intents.clear()
    state.charges.clear()
    state.refunds.clear()
    state.customers.clear()
    state.paymentMethods.clear()
    state.setupIntents.clear()
    state.counts.clear()
    state.events = []
    state.deliveries = []
    state.requests = []
    state.idempotencyReplays = 0
    state.webhookMode = "immediate"
  }

  function snapshot(): FakeSnapshot {
    return clone({
      intents: [...state.intents.values()],
      charges: [...state.charges.values()],
      refunds: [...state.refunds.values()],
      customers: [...state.customers.values()],
      payment_methods: [...state.paymentMethods.values()],
      setup_intents: [...state.setupIntents.values()],
      events: state.events,
      deliveries: state.deliveries,
      counts: Object.fromEntries(state.counts),
      requests: state.requests,
      idempotency_replays: state.idempotencyReplays,
      webhooks: { mode: state.webhookMode, url: state.webhookUrl ?? null, held: held.map((h) => h.event.id), in_flight: inFlight.size },
    })
  }

  function eventsFor(objectId: string): StripeEvent[] {
    return state.events.filter((e) => e.data.object.id === objectId || e.data.object.payment_intent === objectId)
  }

  // --- HTTP plumbing ------------------------------------------------------

  const CORS: Record<string, string> = {
    "access-control-allow-origin": "*",
    "access-control-allow-methods": "GET, POST, DELETE, OPTIONS",
    "access-control-expose-headers": "Request-Id, Idempotent-Replayed, Stripe-Version",
    "access-control-max-age": "600",
  }

  function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) {
    if (res.headersSent) return
    res.writeHead(status, { ...CORS, "content-type": "application/json", "content-length": String(Buffer.byteLength(body)), ...headers })
    res.end(body)
  }
  const sendJson = (res: ServerResponse, status: number, value: unknown, headers?: Record<string, string>) => send(res, status, JSON.stringify(value, null, 2), headers)

  function readBody(req: IncomingMessage): Promise<string> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = []
      let size = 0
      req.on("data", (c: Buffer) => {
        size += c.length
        if (size > 2_000_000) {
          reject(new Error("body too large"))
          req.destroy()
        } else chunks.push(c)
      })
      req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")))
      req.on("error", reject)
    })
  }

  function parseBody(req: IncomingMessage, raw: string): Params {
    if (!raw) return {}
    const type = String(req.headers["content-type"] ?? "")
    if (type.includes("application/json")) {
      try {
        const parsed = paramsFromJson(JSON.parse(raw))
        return typeof parsed === "object" && !Array.isArray(parsed) ? parsed : {}
      } catch {
        throw new StripeFailure(400, { type: "invalid_request_error", message: "Invalid JSON body." }, false)
      }
    }
    return parseStripeForm(raw)
  }

  function authOf(req: IncomingMessage, params: Params): Auth {
    const header = String(req.headers.authorization ?? "")
    let key: string | null = null
    const bearer = /^Bearer\s+(\S+)$/i.exec(header)
    if (bearer) key = bearer[1]
    const basic = /^Basic\s+(\S+)$/i.exec(header)
    if (!key && basic) key = Buffer.from(basic[1], "base64").toString("utf8").split(":")[0] || null
    if (!key && typeof params.key === "string" && params.key) key = params.key
    if (!key) return { kind: "none", key: null }
    if (/^(sk|rk)_(test|live)_/.test(key)) {
      if (options.secretKey && key !== options.secretKey) return { kind: "none", key }
      return { kind: "secret", key }
    }
    if (/^pk_(test|live)_/.test(key)) {
      if (options.publishableKey && key !== options.publishableKey) return { kind: "none", key }
      return { kind: "publishable", key }
    }
    return { kind: "none", key }
  }

  function masked(key: string) {
    return key.length > 12 ? `${key.slice(0, 8)}${"*".repeat(Math.max(key.length - 12, 4))}${key.slice(-4)}` : key
  }

  function handleApi(req: IncomingMessage, res: ServerResponse, url: URL, raw: string) {
    const method = (req.method ?? "GET").toUpperCase()
    const path = url.pathname.replace(/\/+$/, "") || "/"
    const requestId = `req_${randomToken(14)}`
    const idemHeader = req.headers["idempotency-key"]
    const idempotencyKey = typeof idemHeader === "string" && idemHeader ? idemHeader : null
    const versionHeader = req.headers["stripe-version"]
    const record: RequestRecord = {
      at: new Date().toISOString(),
      request_id: requestId,
      method,
      path,
      key: "none",
      idempotency_key: idempotencyKey,
      stripe_version: typeof versionHeader === "string" ? versionHeader : null,
      status: 0,
      replayed: false,
      dropped: false,
    }
    state.requests.push(record)
    if (state.requests.length > 5000) state.requests.splice(0, state.requests.length - 5000)
    const headers: Record<string, string> = { "request-id": requestId, "stripe-version": record.stripe_version ?? apiVersion }
    const finish = (status: number, body: string, extra: Record<string, string> = {}) => {
      record.status = status
      send(res, status, body, { ...headers, ...extra })
    }
    const fail = (f: StripeFailure) => {
      finish(f.status, JSON.stringify({ error: { ...f.error, request_log_url: f.error.request_log_url ?? `https://dashboard.stripe.com/test/logs/${requestId}` } }, null, 2), f.status >= 400 ? { "stripe-should-retry": "false" } : {})
    }

    let params: Params
    try {
      params = { ...parseStripeForm(url.search.slice(1)), ...parseBody(req, raw) }
    } catch (e) {
      if (e instanceof StripeFailure) return fail(e)
      throw e
    }
    const auth = authOf(req, params)
    record.key = auth.kind

    const candidates = routes.filter((r) => r.pattern.test(path))
    const found = candidates.find((r) => r.method === method)
    if (!found) {
      return fail(
        new StripeFailure(404, {
          type: "invalid_request_error",
          message: `Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
        })
      )
    }
    if (auth.kind === "none") {
      const message = auth.key
        ? `Invalid API Key provided: ${masked(auth.key)}`
        : "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY')."
      return fail(new StripeFailure(401, { type: "invalid_request_error", message }))
    }
    if (auth.kind === "publishable" && !found.publishable) {
      return fail(
        new StripeFailure(401, {
          type: "invalid_request_error",
          message: "This API call cannot be made with a publishable API key. Please use a secret API key. You can find a list of your API keys at https://dashboard.stripe.com/account/apikeys.",
        })
      )
    }

    // Injected faults (connection drops, 5xx) come before idempotency, as a network hiccup would.
    const fault = faults.find((f) => f.remaining > 0 && (!f.method || f.method.toUpperCase() === method) && (f.path.endsWith("*") ? path.startsWith(f.path.slice(0, -1)) : f.path === path))
    if (fault) {
      fault.remaining--
      const mode = fault.mode ?? "error"
      if (mode === "drop_before") {
        record.dropped = true
        res.socket?.destroy()
        return
      }
      if (mode === "error") {
        const status = fault.status ?? 500
        return finish(status, JSON.stringify({ error: { type: fault.type ?? (status >= 500 ? "api_error" : "invalid_request_error"), ...(fault.code ? { code: fault.code } : {}), message: fault.message ?? "An unknown error occurred (injected by the fake)." } }, null, 2))
      }
    }
    const dropAfter = fault?.mode === "drop_after"

    const idemScope = idempotencyKey && (method === "POST" || method === "DELETE") ? `${auth.key}|${idempotencyKey}` : null
    const fingerprint = `${method} ${path} ${canonical(params)}`
    if (idemScope) {
      const stored = idempotency.get(idemScope)
      if (stored) {
        if (stored.fingerprint !== fingerprint) {
          return fail(
            new StripeFailure(400, {
              type: "idempotency_error",
              message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey}' if you meant to execute a different request.`,
            })
          )
        }
        state.idempotencyReplays++
        record.replayed = true
        return finish(stored.status, stored.body, { "idempotent-replayed": "true", "original-request": "replayed" })
      }
    }

    currentRequest = { id: requestId, idempotencyKey }
    let status: number
    let body: string
    let rememberIt = true
    try {
      const match = (found.pattern.exec(path)?.groups ?? {}) as Record<string, string>
      const result = found.handler({ method, path, params, auth, requestId, idempotencyKey, match })
      status = result.status
      body = JSON.stringify(result.body, null, 2)
    } catch (e) {
      if (!(e instanceof StripeFailure)) {
        status = 500
        body = JSON.stringify({ error: { type: "api_error", message: `fake Stripe crashed: ${(e as Error).message}` } }, null, 2)
        rememberIt = false
      } else {
        status = e.status
        body = JSON.stringify({ error: { ...e.error, request_log_url: e.error.request_log_url ?? `https://dashboard.stripe.com/test/logs/${requestId}` } }, null, 2)
        rememberIt = e.remember
      }
    } finally {
      currentRequest = null
    }
    if (idemScope && rememberIt) idempotency.set(idemScope, { fingerprint, status, body })
    if (dropAfter) {
      record.status = status
      record.dropped = true
      res.socket?.destroy()
      return
    }
    finish(status, body, status >= 400 ? { "stripe-should-retry": "false" } : {})
  }

  /** return_url of intents whose challenge page was opened (completing it clears next_action). */
  const returnUrls = new Map<string, string>()

  /** The bank's challenge page behind next_action.redirect_to_url (for clients that follow the redirect themselves). */
  function handleChallengePage(req: IncomingMessage, res: ServerResponse, url: URL, raw: string, id: string) {
    const pi = state.intents.get(id)
    const params = req.method === "POST" ? parseStripeForm(raw) : parseStripeForm(url.search.slice(1))
    const secret = typeof params.client_secret === "string" ? params.client_secret : ""
    const html = (status: number, body: string) => {
      res.writeHead(status, { ...CORS, "content-type": "text/html; charset=utf-8" })
      res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>3D Secure authentication</title></head><body>${body}</body></html>`)
    }
    if (!pi || secret !== pi.client_secret) return html(404, "<p>Unknown payment.</p>")
    if (req.method === "POST") {
      const result = params.result === "fail" ? "fail" : "succeed"
      try {
        completeThreeDSecure(pi, result)
      } catch {
        // already completed: fall through to the redirect with the current state
      }
      const back = pi.next_action?.redirect_to_url?.return_url ?? returnUrls.get(pi.id)
      if (!back) return html(200, `<p>Authentication ${result === "succeed" ? "completed" : "failed"}. You can close this page.</p>`)
      const target = new URL(back)
      target.searchParams.set("payment_intent", pi.id)
      target.searchParams.set("payment_intent_client_secret", pi.client_secret)
      target.searchParams.set("redirect_status", pi.status === "succeeded" || pi.status === "requires_capture" ? "succeeded" : "failed")
      res.writeHead(303, { ...CORS, location: target.toString() })
      return res.end()
    }
    if (pi.next_action?.redirect_to_url?.return_url) returnUrls.set(pi.id, pi.next_action.redirect_to_url.return_url)
    const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)
    const form = (result: string, label: string) =>
      `<form method="post"><input type="hidden" name="client_secret" value="${esc(secret)}"><input type="hidden" name="result" value="${result}"><button type="submit">${label}</button></form>`
    html(
      200,
      `<main role="dialog" aria-labelledby="t"><h1 id="t">3D Secure authentication</h1><p>Confirm the payment of ${esc(formatAmount(pi.amount, pi.currency))}.</p>${form("succeed", "Complete authentication")}${form("fail", "Fail authentication")}</main>`
    )
  }
  async function handleControl(req: IncomingMessage, res: ServerResponse, url: URL, raw: string) {
    const method = (req.method ?? "GET").toUpperCase()
    const path = url.pathname
    let body: Params = {}
    try {
      body = parseBody(req, raw)
    } catch {
      return sendJson(res, 400, { error: "invalid JSON" })
    }
    const bad = (message: string, status = 400) => sendJson(res, status, { error: message })
    let m: RegExpExecArray | null
    try {
      if (path.startsWith("/_fake/telemetry/")) return send(res, 204, "")
      if (method === "GET" && path === "/_fake/health") return sendJson(res, 200, { ok: true })
      if (method === "GET" && path === "/_fake/stripe.js") {
        const js = stripeJsDouble({ apiBase: baseUrl })
        res.writeHead(200, { ...CORS, "content-type": "application/javascript; charset=utf-8" })
        return res.end(js)
      }
      if (method === "GET" && path === "/_fake/state") return sendJson(res, 200, snapshot())
      if (method === "POST" && path === "/_fake/reset") {
        reset()
        return sendJson(res, 200, { ok: true })
      }
      if (method === "POST" && path === "/_fake/webhooks/mode") {
        const mode = body.mode
        if (mode !== "immediate" && mode !== "hold") return bad('mode must be "immediate" or "hold"')
        state.webhookMode = mode
        return sendJson(res, 200, { mode })
      }
      if (method === "POST" && path === "/_fake/webhooks/config") {
        setWebhookTarget({
          url: typeof body.url === "string" ? body.url || null : undefined,
          secret: typeof body.secret === "string" && body.secret ? body.secret : undefined,
          delayMs: typeof body.delay_ms === "string" && body.delay_ms ? Number(body.delay_ms) : undefined,
        })
        return sendJson(res, 200, { url: state.webhookUrl ?? null, delay_ms: webhookDelay })
      }
      if (method === "POST" && path === "/_fake/webhooks/flush") {
        const ids = Array.isArray(body.event_ids) ? (body.event_ids.filter((x) => typeof x === "string") as string[]) : undefined
        const deliveries = await flushWebhooks({ order: body.order === "lifo" ? "lifo" : "fifo", eventIds: ids })
        return sendJson(res, 200, { deliveries })
      }
      if (method === "POST" && path === "/_fake/webhooks/drop") return sendJson(res, 200, { dropped: dropHeldWebhooks() })
      if (method === "POST" && path === "/_fake/webhooks/settle") {
        await settleWebhooks()
        return sendJson(res, 200, { ok: true })
      }
      if (method === "POST" && (m = /^\/_fake\/events\/([^/]+)\/redeliver$/.exec(path))) {
        if (!state.events.some((e) => e.id === m![1])) return bad(`no event ${m[1]}`, 404)
        const deliveries = await redeliver(m[1], { secret: typeof body.secret === "string" && body.secret ? body.secret : undefined })
        return sendJson(res, 200, { deliveries })
      }
      if (method === "POST" && (m = /^\/_fake\/intents\/([^/]+)\/status$/.exec(path))) {
        if (!state.intents.has(m[1])) return bad(`no intent ${m[1]}`, 404)
        const status = String(body.status ?? "") as IntentStatus
        const allowed: IntentStatus[] = ["requires_payment_method", "requires_confirmation", "requires_action", "processing", "requires_capture", "canceled", "succeeded"]
        if (!allowed.includes(status)) return bad(`status must be one of ${allowed.join(", ")}`)
        const pi = setIntentStatus(m[1], status, {
          emit: body.emit !== "false",
          cancellation_reason: typeof body.cancellation_reason === "string" ? body.cancellation_reason : undefined,
          decline_code: typeof body.decline_code === "string" ? body.decline_code : undefined,
        })
        return sendJson(res, 200, pi)
      }
      if (method === "POST" && (m = /^\/_fake\/intents\/([^/]+)\/backdate$/.exec(path))) {
        if (!state.intents.has(m[1])) return bad(`no intent ${m[1]}`, 404)
        return sendJson(res, 200, backdateIntent(m[1], Number(body.seconds ?? 0)))
      }
      if (method === "POST" && (m = /^\/_fake\/intents\/([^/]+)\/3ds$/.exec(path))) {
        const pi = state.intents.get(m[1])
        if (!pi) return bad(`no intent ${m[1]}`, 404)
        return sendJson(res, 200, completeThreeDSecure(pi, body.result === "fail" ? "fail" : "succeed"))
      }
      if (method === "POST" && path === "/_fake/faults") {
        if (typeof body.path !== "string") return bad("path is required")
        const mode = body.mode === "drop_before" || body.mode === "drop_after" ? body.mode : "error"
        injectFault({
          path: body.path,
          method: typeof body.method === "string" ? body.method : undefined,
          mode,
          status: typeof body.status === "string" && body.status ? Number(body.status) : undefined,
          type: typeof body.type === "string" ? body.type : undefined,
          code: typeof body.code === "string" ? body.code : undefined,
          message: typeof body.message === "string" ? body.message : undefined,
          times: typeof body.times === "string" && body.times ? Number(body.times) : undefined,
        })
        return sendJson(res, 200, { faults: faults.length })
      }
      if (method === "DELETE" && path === "/_fake/faults") {
        clearFaults()
        return sendJson(res, 200, { faults: 0 })
      }
    } catch (e) {
      if (e instanceof StripeFailure) return sendJson(res, e.status, { error: e.error })
      return bad((e as Error).message, 500)
    }
    return bad(`unknown control route ${method} ${path}`, 404)
  }

  function setWebhookTarget(target: { url?: string | null; secret?: string; delayMs?: number }) {
    if (target.url !== undefined) state.webhookUrl = target.url || undefined
    if (target.secret) webhookSecret = target.secret
    if (target.delayMs !== undefined && Number.isFinite(target.delayMs)) webhookDelay = Math.max(0, target.delayMs)
  }
  function dropHeldWebhooks(): number {
    const n = held.length
    held = []
    return n
  }
  function injectFault(fault: Fault) {
    faults.push({ ...fault, remaining: fault.times ?? 1 })
  }
  function clearFaults() {
    faults = []
  }

  const server = http.createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? "/", "http://fake.invalid")
      if (req.method === "OPTIONS") {
        res.writeHead(204, {
          ...CORS,
          "access-control-allow-headers": String(req.headers["access-control-request-headers"] ?? "authorization, content-type, idempotency-key, stripe-version"),
        })
        return res.end()
      }
      let raw = ""
      try {
        raw = await readBody(req)
      } catch {
        return sendJson(res, 413, { error: { type: "invalid_request_error", message: "Request body too large." } })
      }
      let m: RegExpExecArray | null
      if (url.pathname.startsWith("/_fake/")) return handleControl(req, res, url, raw)
      if ((m = /^\/3ds\/([^/]+)$/.exec(url.pathname))) return handleChallengePage(req, res, url, raw, m[1])
      return handleApi(req, res, url, raw)
    })().catch((error: Error) => {
      sendJson(res, 500, { error: { type: "api_error", message: `fake Stripe crashed: ${error.message}` } })
    })
  })
  server.keepAliveTimeout = 1000

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject)
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject)
      resolve()
    })
  })
  const port = (server.address() as AddressInfo).port
  baseUrl = `http://${host.includes(":") ? `[${host}]` : host}:${port}`

  return {
    url: baseUrl,
    port,
    state,
    async close() {
      generation++
      for (const t of timers) clearTimeout(t)
      timers.clear()
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
    },
    reset,
    snapshot,
    setWebhookMode(mode) {
      state.webhookMode = mode
    },
    setWebhookTarget,
    flushWebhooks,
    dropHeldWebhooks,
    settleWebhooks,
    redeliver,
    setIntentStatus,
    backdateIntent,
    completeThreeDSecure(id, result) {
      return completeThreeDSecure(intentOr404(id), result)
    },
    injectFault,
    clearFaults,
    eventsFor,
  }
}
