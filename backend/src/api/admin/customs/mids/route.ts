import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listFacilityMids } from "../read"

/** Every facility's US manufacturer ID: computed, override, and whether its address changed since. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ facility_mids: await listFacilityMids(req.scope) })
}
