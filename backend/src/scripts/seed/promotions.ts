import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createPromotionsWorkflow } from "@medusajs/medusa/core-flows"

/** Codes buyers can enter in the cart. Staff manage promotions in the Admin (Promotions). */
export const promotions = [
  { code: "WELCOME10", description: "10 % off a first order" },
] as const

export async function seedPromotions(container: MedusaContainer): Promise<number> {
  const promotionModule = container.resolve(Modules.PROMOTION)
  const existing = new Set((await promotionModule.listPromotions({ code: promotions.map((p) => p.code) }, { select: ["code"] })).map((p) => p.code))
  const missing = promotions.filter((p) => !existing.has(p.code))
  if (!missing.length) return 0
  await createPromotionsWorkflow(container).run({
    input: {
      promotionsData: missing.map((p) => ({
        code: p.code,
        type: "standard" as const,
        status: "active" as const,
        is_automatic: false,
        application_method: { type: "percentage" as const, target_type: "order" as const, value: 10, allocation: "across" as const },
      })),
    },
  })
  return missing.length
}
