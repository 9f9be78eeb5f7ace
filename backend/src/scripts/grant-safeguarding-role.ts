import type { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { updateUsersWorkflow } from "@medusajs/medusa/core-flows"
import { SAFEGUARDING_ROLE, rolesOf } from "../lib/staff-roles"

/**
 * Grants the safeguarding role to an existing Admin user, for the first
 * officer of a new installation:
 *   npx medusa exec ./src/scripts/grant-safeguarding-role.ts officer@example.org
 * Later grants go through POST /admin/staff-roles/:user_id.
 */
export default async function grantSafeguardingRole({ container, args }: ExecArgs) {
  const email = args[0]
  if (!email) throw new Error("Usage: medusa exec ./src/scripts/grant-safeguarding-role.ts <admin email>")
  const users = container.resolve(Modules.USER)
  const [user] = await users.listUsers({ email })
  if (!user) throw new Error(`No Admin user with the email ${email}`)
  const roles = [...new Set([...rolesOf(user), SAFEGUARDING_ROLE])]
  await updateUsersWorkflow(container).run({ input: { updates: [{ id: user.id, metadata: { ...(user.metadata ?? {}), afesip_roles: roles } }] } })
  console.log(`${email} now holds: ${roles.join(", ")}`)
}
