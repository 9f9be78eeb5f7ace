import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { overrideFacilityMidWorkflow } from "../../../../../workflows/customs"
import { getFacilityMid } from "../../../customs/read"
import type { AdminFacilityMidOverride } from "../../../customs/validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ facility_mid: await getFacilityMid(req.scope, req.params.id) })
}

/** Sets a staff override of the MID (kept across recomputes), or clears it with `override_mid: null`. */
export async function POST(req: AuthenticatedMedusaRequest<AdminFacilityMidOverride>, res: MedusaResponse) {
  await getFacilityMid(req.scope, req.params.id)
  await overrideFacilityMidWorkflow(req.scope).run({
    input: {
      facility_id: req.params.id,
      override_mid: req.validatedBody.override_mid,
      reason: req.validatedBody.reason ?? null,
      actor: req.auth_context.actor_id,
    },
  })
  res.json({ facility_mid: await getFacilityMid(req.scope, req.params.id) })
}
