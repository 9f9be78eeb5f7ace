import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { EVENT_TAGS, notifyStorefront } from "../lib/storefront-revalidation"

/** Catalog, maker, consent and impact changes reach the storefront within seconds. */
export default async function storefrontRevalidate({ event, container }: SubscriberArgs<unknown>) {
  const tags = EVENT_TAGS[event.name] ?? []
  await notifyStorefront(tags, process.env, container.resolve(ContainerRegistrationKeys.LOGGER))
}

export const config: SubscriberConfig = {
  event: Object.keys(EVENT_TAGS),
}
