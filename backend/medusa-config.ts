import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { readSecret, readStripeSettings, readWorkerMode } from "./src/lib/runtime-env"

loadEnv(process.env.NODE_ENV || "development", process.cwd())
// Medusa's read-only translation links check this variable before featureFlags is read.
process.env.MEDUSA_FF_TRANSLATION ??= "true"

const env = process.env
const REDIS_URL = env.REDIS_URL || undefined
const BACKEND_URL = env.MEDUSA_BACKEND_URL || `http://localhost:${env.PORT || 9000}`
const STOREFRONT_URL = env.STOREFRONT_URL || "http://localhost:8000"
const ADMIN_ORIGINS = `http://localhost:5173,http://localhost:9000,${BACKEND_URL}`

/**
 * Self-hosted Medusa does not wire Redis by itself: with REDIS_URL set we
 * register the Redis event bus, workflow engine, locking and caching so that
 * several server and worker processes share one view; without it every module
 * falls back to its in-memory implementation (fine for one process).
 */
const redisModules = REDIS_URL
  ? [
      { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl: REDIS_URL } },
      { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl: REDIS_URL } } },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            { resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl: REDIS_URL } },
          ],
        },
      },
      {
        resolve: "@medusajs/medusa/caching",
        options: {
          providers: [
            { resolve: "@medusajs/medusa/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl: REDIS_URL } },
          ],
        },
      },
    ]
  : []

/**
 * Stripe card payments (docs/payments.md): registered only when STRIPE_API_KEY is
 * set, as pp_stripe_stripe with webhooks on /hooks/payment/stripe_stripe.
 * Automatic capture: the card is charged when the buyer confirms. Without a
 * key the payment module keeps only Medusa's manual provider (pp_system_default).
 */
const stripe = readStripeSettings(env)
const paymentModules = stripe
  ? [
      {
        resolve: "@medusajs/medusa/payment",
        options: {
          providers: [
            {
              resolve: "./src/modules/stripe-payment",
              id: "stripe",
              options: {
                apiKey: stripe.apiKey,
                webhookSecret: stripe.webhookSecret,
                capture: true,
                paymentDescription: "AFESIP Fair Fashion order",
                ...(stripe.apiBase ? { apiBase: stripe.apiBase } : {}),
              },
            },
          ],
        },
      },
    ]
  : []

module.exports = defineConfig({
  admin: {
    disable: env.MEDUSA_ADMIN_DISABLED === "true" || readWorkerMode(env) === "worker",
    backendUrl: env.MEDUSA_ADMIN_BACKEND_URL || undefined,
  },
  projectConfig: {
    databaseUrl: env.DATABASE_URL,
    redisUrl: REDIS_URL,
    workerMode: readWorkerMode(env),
    http: {
      storeCors: env.STORE_CORS || STOREFRONT_URL,
      adminCors: env.ADMIN_CORS || ADMIN_ORIGINS,
      authCors: env.AUTH_CORS || `${ADMIN_ORIGINS},${STOREFRONT_URL}`,
      jwtSecret: readSecret(env, "JWT_SECRET"),
      cookieSecret: readSecret(env, "COOKIE_SECRET"),
    },
  },
  // Translations (product, category and collection text per locale) are served by
  // Medusa's translation module, still behind a feature flag in 2.21.
  featureFlags: { translation: true, ...(REDIS_URL ? { caching: true } : {}) },
  modules: [
    { resolve: "./src/modules/maker" },
    // Customs data per variant, exporter settings and facility MIDs (docs/export-paperwork.md).
    { resolve: "./src/modules/customs" },
    // defineConfig decides on the translation module before it reads featureFlags, so register it here.
    { resolve: "@medusajs/medusa/translation" },
    {
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: { upload_dir: "static/uploads", backend_url: `${BACKEND_URL}/static/uploads` },
          },
        ],
      },
    },
    // Emails: the outbox writes each one as a JSON file (EMAIL_OUTBOX_DIR, default .outbox).
    // Production: replace it with a real provider on the "email" channel (docs/emails.md).
    // Medusa's default local provider keeps the Admin's "feed" channel.
    {
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/notification-local", id: "local", options: { name: "Local Notification Provider", channels: ["feed"] } },
          { resolve: "./src/modules/email-outbox", id: "outbox", options: { channels: ["email"] } },
        ],
      },
    },
    // Shipping: Medusa's manual provider (manual_manual) plus the courier rates from
    // Phnom Penh, priced per parcel (courier_afesip, docs/shipping.md).
    {
      resolve: "@medusajs/medusa/fulfillment",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/fulfillment-manual", id: "manual" },
          { resolve: "./src/modules/courier", id: "afesip" },
        ],
      },
    },
    ...paymentModules,
    ...redisModules,
  ],
})
