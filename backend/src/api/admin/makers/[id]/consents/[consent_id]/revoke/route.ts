import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { revokeConsentWorkflow } from "../../../../../../../workflows/makers"
import type { AdminReason } from "../../../../../validators"

/** Revocation takes effect at once: she is unpublished if her name is no longer covered. */
export async function POST(req: AuthenticatedMedusaRequest<AdminReason>, res: MedusaResponse) {
  const { result } = await revokeConsentWorkflow(req.scope).run({
    input: {
      maker_id: req.params.id,
      consent_id: req.params.consent_id,
      reason: req.validatedBody.reason ?? null,
      actor: req.auth_context.actor_id,
    },
  })
  res.json({ consent: result.consent, unpublished: result.unpublished.length > 0 })
}
