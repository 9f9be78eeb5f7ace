import { z } from "@medusajs/framework/zod"

export const StoreMakersQuery = z
  .object({ code: z.string().trim().toUpperCase().regex(/^AFF-[A-Z0-9-]{2,16}$/, "code must look like AFF-M07").optional() })
  .strict()
export type StoreMakersQuery = z.infer<typeof StoreMakersQuery>

/** GET /store/duties: a shipping country, the cart's currency and its goods value (tax and shipping excluded). */
export const StoreDutiesQuery = z
  .object({
    country_code: z.string().trim().regex(/^[A-Za-z]{2}$/, "country_code is an ISO 3166-1 alpha-2 code"),
    currency_code: z.string().trim().regex(/^[A-Za-z]{3}$/, "currency_code is an ISO 4217 code"),
    goods_value: z.coerce.number().min(0, "goods_value is 0 or more").max(10_000_000),
  })
  .strict()
export type StoreDutiesQuery = z.infer<typeof StoreDutiesQuery>
