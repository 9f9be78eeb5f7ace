import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { getPublicFacility } from "../../../../lib/provenance"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const facility = await getPublicFacility(req.scope, req.params.handle)
  if (!facility) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Facility not found")
  res.json({ facility })
}
