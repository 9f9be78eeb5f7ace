import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { consentStatus } from "../../../modules/maker/consent"
import { createMakerWorkflow } from "../../../workflows/makers"
import type { AdminCreateMaker, AdminListMakers } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListMakers>, res: MedusaResponse) {
  const { q, is_published } = req.validatedQuery as AdminListMakers
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = {}
  if (is_published) filters.is_published = is_published === "true"
  if (q) filters.$or = [{ display_name: { $ilike: `%${q}%` } }, { code: { $ilike: `%${q}%` } }, { handle: { $ilike: `%${q}%` } }]
  const { data } = await query.graph({
    entity: "maker",
    fields: ["id", "handle", "code", "display_name", "photo_mode", "is_published", "published_at", "facility.id", "facility.name", "team.id", "team.name", "consents.*"],
    filters,
  })
  const now = new Date()
  const makers = data
    .map((m: any) => {
      const { consents, ...rest } = m
      const { status, expires_at } = consentStatus(consents ?? [], now)
      return { ...rest, team: m.team ?? null, consent_status: status, consent_expires_at: expires_at }
    })
    .sort((a, b) => a.display_name.localeCompare(b.display_name))
  res.json({ makers, count: makers.length })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminCreateMaker>, res: MedusaResponse) {
  const { identity, ...profile } = req.validatedBody
  const { result } = await createMakerWorkflow(req.scope).run({
    input: { profile, identity, actor: req.auth_context.actor_id },
  })
  res.status(201).json({ maker: result })
}
