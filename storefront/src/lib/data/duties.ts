import "server-only"
import { sdk } from "@/lib/config"

export type DutiesOutcome = "included" | "due-on-delivery"
export type Duties = { outcome: DutiesOutcome; incoterm: string; scheme: string | null }

/**
 * Whether import duties and taxes are included in the price or due on
 * delivery. The backend owns the rule (GET /store/duties) and starts each
 * order's export paperwork from the same answer. If it cannot be asked, the
 * page says duties may be due: never promise what was not collected.
 */
export async function getDuties(input: { countryCode: string; currency: string; goodsValue: number }): Promise<Duties> {
  return sdk.client
    .fetch<{ duties: Duties }>("/store/duties", {
      query: { country_code: input.countryCode, currency_code: input.currency, goods_value: Math.max(0, input.goodsValue) },
      cache: "force-cache",
      next: { revalidate: 300 },
    })
    .then((r) => r.duties)
    .catch(() => ({ outcome: "due-on-delivery", incoterm: "DAP", scheme: null }))
}
