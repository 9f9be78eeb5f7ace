import { MedusaError, Modules } from "@medusajs/framework/utils"

/**
 * AFESIP staff roles beyond plain Admin access, kept in the Admin user's
 * metadata (`afesip_roles`). Only a safeguarding officer reads or edits a
 * maker's private identity, and only she can grant the role to someone else.
 */
export const SAFEGUARDING_ROLE = "safeguarding"
export const STAFF_ROLES = [SAFEGUARDING_ROLE] as const
export type StaffRole = (typeof STAFF_ROLES)[number]

type Scope = { resolve: (key: string) => any }

export function rolesOf(user: { metadata?: Record<string, unknown> | null }): string[] {
  const roles = user.metadata?.afesip_roles
  return Array.isArray(roles) ? roles.filter((r): r is string => typeof r === "string") : []
}

export async function assertStaffRole(scope: Scope, actorId: string | undefined, role: StaffRole) {
  const forbidden = new MedusaError(MedusaError.Types.FORBIDDEN, `This needs the ${role} role.`)
  if (!actorId) throw forbidden
  const users = scope.resolve(Modules.USER)
  const [user] = await users.listUsers({ id: actorId })
  if (!user || !rolesOf(user).includes(role)) throw forbidden
}
