import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordConsentWorkflow } from "../../../../../workflows/makers"
import type { AdminRecordConsent } from "../../../validators"

export async function POST(req: AuthenticatedMedusaRequest<AdminRecordConsent>, res: MedusaResponse) {
  const { result } = await recordConsentWorkflow(req.scope).run({
    input: { maker_id: req.params.id, consent: req.validatedBody, actor: req.auth_context.actor_id },
  })
  res.status(201).json({ consent: result })
}
