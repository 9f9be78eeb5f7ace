import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { getPublicMaker } from "../../../../lib/provenance"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const maker = await getPublicMaker(req.scope, { handle: req.params.handle }, { locale: req.locale })
  // Unpublished, revoked and unknown makers look the same from outside.
  if (!maker) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Maker not found")
  res.json({ maker })
}
