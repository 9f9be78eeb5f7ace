import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listPublicFacilities } from "../../../lib/provenance"

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ facilities: await listPublicFacilities(req.scope) })
}
