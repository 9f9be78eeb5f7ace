import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { updateUsersWorkflow } from "@medusajs/medusa/core-flows"
import { SAFEGUARDING_ROLE, assertStaffRole, rolesOf } from "../../../../lib/staff-roles"
import type { AdminStaffRoles } from "../../validators"

/** Any Admin user may see who holds which role. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const users = req.scope.resolve(Modules.USER)
  const user = await users.retrieveUser(req.params.user_id)
  res.json({ user_id: user.id, roles: rolesOf(user) })
}

/** Only a safeguarding officer grants or removes roles. */
export async function POST(req: AuthenticatedMedusaRequest<AdminStaffRoles>, res: MedusaResponse) {
  await assertStaffRole(req.scope, req.auth_context.actor_id, SAFEGUARDING_ROLE)
  const users = req.scope.resolve(Modules.USER)
  const user = await users.retrieveUser(req.params.user_id)
  await updateUsersWorkflow(req.scope).run({
    input: { updates: [{ id: user.id, metadata: { ...(user.metadata ?? {}), afesip_roles: req.validatedBody.roles } }] },
  })
  res.json({ user_id: user.id, roles: req.validatedBody.roles })
}
