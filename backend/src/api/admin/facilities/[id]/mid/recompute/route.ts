import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recomputeFacilityMidWorkflow } from "../../../../../../workflows/customs"
import { getFacilityMid } from "../../../../customs/read"

/** Runs the CBP rule on the facility's current customs name and address; an override stays. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await getFacilityMid(req.scope, req.params.id)
  await recomputeFacilityMidWorkflow(req.scope).run({ input: { facility_id: req.params.id } })
  res.json({ facility_mid: await getFacilityMid(req.scope, req.params.id) })
}
