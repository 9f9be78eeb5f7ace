import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setVariantCustomsWorkflow } from "../../../../../workflows/customs"
import { getProductCustoms } from "../../../customs/read"
import type { AdminSetProductCustoms } from "../../../customs/validators"

/** Every variant's customs data beside Medusa's own customs fields, with the rules' verdict. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(await getProductCustoms(req.scope, req.params.id))
}

/**
 * Sets some or all variants' customs data (fields left out keep their value;
 * `tariff_overrides` is replaced as a whole). Any broken rule → 400, nothing saved.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminSetProductCustoms>, res: MedusaResponse) {
  const { result } = await setVariantCustomsWorkflow(req.scope).run({
    input: { product_id: req.params.id, variants: req.validatedBody.variants },
  })
  res.json({ ...(await getProductCustoms(req.scope, req.params.id)), warnings: result.warnings })
}
