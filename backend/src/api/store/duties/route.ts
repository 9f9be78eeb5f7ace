import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { dutiesFor } from "../../../lib/customs"
import type { StoreDutiesQuery } from "../validators"

/**
 * GET /store/duties?country_code=de&currency_code=eur&goods_value=139: whether
 * import duties and taxes are included at checkout (DDP) or due on delivery
 * (DAP), by the rule an order's export profile also starts from.
 */
export async function GET(req: MedusaRequest<unknown, StoreDutiesQuery>, res: MedusaResponse) {
  const q = req.validatedQuery as unknown as StoreDutiesQuery
  const duties = dutiesFor({ country_code: q.country_code, currency: q.currency_code, goods_value: q.goods_value })
  res.setHeader("Cache-Control", "public, max-age=300")
  res.json({ duties })
}
