import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { publishMakerWorkflow } from "../../../../../workflows/makers"

/** Refused with 400 and the reasons when a field she would show is not covered by consent. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await publishMakerWorkflow(req.scope).run({
    input: { id: req.params.id, actor: req.auth_context.actor_id },
  })
  res.json({ maker: result })
}
