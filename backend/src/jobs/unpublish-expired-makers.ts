import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { unpublishExpiredMakersWorkflow } from "../workflows/makers"

/**
 * Store routes already hide a maker the moment her consent lapses; this job
 * also clears the published flag, audits it and makes the storefront drop
 * its cached pages.
 */
export default async function unpublishExpiredMakers(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result } = await unpublishExpiredMakersWorkflow(container).run({ input: {} })
  if (result.length) logger.info(`Unpublished ${result.length} maker profile(s) whose consent expired`)
}

export const config = {
  name: "unpublish-expired-makers",
  schedule: "*/5 * * * *",
}
