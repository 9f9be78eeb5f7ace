import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordStoryReviewWorkflow } from "../../../../../../../workflows/makers"

/** She reviewed the current story text today. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await recordStoryReviewWorkflow(req.scope).run({
    input: { maker_id: req.params.id, consent_id: req.params.consent_id, actor: req.auth_context.actor_id },
  })
  res.json({ consent: result })
}
