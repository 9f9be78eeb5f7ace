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

/**
 * Medusa's own user routes accept any `metadata`: without this guard an Admin
 * user could write `afesip_roles` on herself. Roles change only through
 * /admin/staff-roles, which requires the safeguarding role.
 */
export function rejectRoleChangesOutsideStaffRoles(
  req: { body?: unknown },
  res: { status: (code: number) => { json: (body: unknown) => void } },
  next: () => void
) {
  const metadata = (req.body as { metadata?: unknown } | undefined)?.metadata
  if (metadata && typeof metadata === "object" && "afesip_roles" in metadata) {
    res.status(403).json({ type: "not_allowed", message: "Staff roles are changed only through /admin/staff-roles." })
    return
  }
  next()
}
