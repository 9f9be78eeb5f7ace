import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { unpublishMakerWorkflow } from "../../../../../workflows/makers"
import type { AdminReason } from "../../../validators"

export async function POST(req: AuthenticatedMedusaRequest<AdminReason>, res: MedusaResponse) {
  const { result } = await unpublishMakerWorkflow(req.scope).run({
    input: { id: req.params.id, actor: req.auth_context.actor_id, reason: req.validatedBody.reason ?? null },
  })
  res.json({ maker: result })
}
