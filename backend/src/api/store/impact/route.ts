import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listPublicImpact } from "../../../lib/provenance"

/** Dated aggregates per facility and period; there are no per-person figures. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ figures: await listPublicImpact(req.scope) })
}
