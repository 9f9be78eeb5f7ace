import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { getMadeBy } from "../../../../../lib/provenance"

/** Who made this product, as far as each maker's consent allows, and its cost breakdown. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const madeBy = await getMadeBy(req.scope, req.params.id)
  if (!madeBy) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Product not found")
  res.json({ made_by: madeBy })
}
