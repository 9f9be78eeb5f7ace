import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SAFEGUARDING_ROLE, assertStaffRole } from "../../../../../lib/staff-roles"
import { MAKER_MODULE, type MakerModuleService } from "../../../../../modules/maker"
import { updateMakerIdentityWorkflow } from "../../../../../workflows/makers"
import type { AdminUpdateIdentity } from "../../../validators"

const IDENTITY_FIELDS = ["legal_name", "village", "contact", "notes"] as const

async function readIdentity(req: AuthenticatedMedusaRequest<any>) {
  await assertStaffRole(req.scope, req.auth_context?.actor_id, SAFEGUARDING_ROLE)
  const service = req.scope.resolve(MAKER_MODULE) as MakerModuleService
  const [identity] = await service.listMakerIdentities({ maker_id: req.params.id })
  if (!identity) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This maker has no identity record.")
  return identity
}

const view = (identity: Record<string, any>) => ({
  maker_id: identity.maker_id,
  ...Object.fromEntries(IDENTITY_FIELDS.map((k) => [k, identity[k] ?? null])),
})

/** Private identity: safeguarding officers only (403 for everyone else). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ identity: view(await readIdentity(req)) })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateIdentity>, res: MedusaResponse) {
  await readIdentity(req)
  const { result } = await updateMakerIdentityWorkflow(req.scope).run({
    input: { maker_id: req.params.id, identity: req.validatedBody, actor: req.auth_context.actor_id },
  })
  res.json({ identity: view(result) })
}
