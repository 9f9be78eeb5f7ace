import { z } from "@medusajs/framework/zod"

export const StoreMakersQuery = z
  .object({ code: z.string().trim().toUpperCase().regex(/^AFF-[A-Z0-9-]{2,16}$/, "code must look like AFF-M07").optional() })
  .strict()
export type StoreMakersQuery = z.infer<typeof StoreMakersQuery>
