import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteImpactFigureWorkflow, upsertImpactFigureWorkflow } from "../../../../workflows/provenance"

export async function POST(req: AuthenticatedMedusaRequest<Record<string, unknown>>, res: MedusaResponse) {
  const { result } = await upsertImpactFigureWorkflow(req.scope).run({
    input: { id: req.params.id, data: { ...req.validatedBody, entered_by: req.auth_context.actor_id } },
  })
  res.json({ figure: result })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deleteImpactFigureWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "impact_figure", deleted: true })
}
