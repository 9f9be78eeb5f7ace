import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { MAKER_FIELDS } from "../../../../lib/provenance"
import { MAKER_MODULE, type MakerModuleService } from "../../../../modules/maker"
import { publishBlockers } from "../../../../modules/maker/consent"
import { makerPermissions } from "../../../../modules/maker/public-view"
import { updateMakerWorkflow } from "../../../../workflows/makers"
import type { AdminUpdateMaker } from "../../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [maker] } = await query.graph({
    entity: "maker",
    fields: [...MAKER_FIELDS, "products.id", "products.title", "products.handle"],
    filters: { id: req.params.id },
  })
  if (!maker) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Maker ${req.params.id} was not found`)
  const service = req.scope.resolve(MAKER_MODULE) as MakerModuleService
  const audit = await service.listAuditEntries({ maker_id: maker.id }, { order: { created_at: "DESC" }, take: 100 })
  const now = new Date()
  res.json({
    maker,
    permissions: makerPermissions(maker, now),
    publish_blockers: publishBlockers(maker as any, (maker.consents ?? []) as any, now),
    audit,
  })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateMaker>, res: MedusaResponse) {
  const { result } = await updateMakerWorkflow(req.scope).run({
    input: { id: req.params.id, update: req.validatedBody, actor: req.auth_context.actor_id },
  })
  res.json({ maker: result })
}
