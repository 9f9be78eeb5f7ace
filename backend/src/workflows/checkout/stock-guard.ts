import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError, Modules } from "@medusajs/framework/utils"

/**
 * Oversell guard for cart completion (Medusa issue #16502).
 *
 * Medusa checks each reservation on its own against the same stock, so one
 * variant held as two line items (different line-item metadata, or a bundle
 * sharing an inventory item) can reserve more than exists. Around the part of
 * completeCartWorkflow that creates the order and reserves stock we therefore:
 *
 * 1. take a lock per inventory item in the cart (sorted keys, so two carts
 *    never wait on each other in a cycle) — completions that share an item
 *    run that part one after the other, others stay parallel;
 * 2. check, under the lock, that the summed quantity per inventory item fits
 *    the stock available to the cart's sales channel (else a clean 400);
 * 3. after Medusa reserved, check no location went below zero because of
 *    this cart (the per-location case step 2 cannot foresee), then release.
 *
 * A buyer who cannot get the lock in time gets a 409 (retry), never a 500.
 */

export const STOCK_LOCK_PREFIX = "afesip:stock:"
/** How long a completion waits for its inventory items before answering 409 (CHECKOUT_STOCK_LOCK_WAIT_MS overrides). */
export const STOCK_LOCK_WAIT_MS = 20_000

function lockWaitMs(): number {
  const value = Number(process.env.CHECKOUT_STOCK_LOCK_WAIT_MS)
  return Number.isInteger(value) && value > 0 ? value : STOCK_LOCK_WAIT_MS
}
/** Safety expiry (seconds) if a process dies while holding the lock. */
const STOCK_LOCK_TTL_SECONDS = 60

export class CheckoutBusyError extends MedusaError {
  constructor() {
    super(MedusaError.Types.CONFLICT, "Many people are checking out the same item right now. Please try again in a moment.")
  }
}

type CartInventoryLink = { inventory_item_id: string; required_quantity?: number | null }
export type GuardCart = {
  id: string
  completed_at?: string | Date | null
  sales_channel_id?: string | null
  items?: ({
    id: string
    quantity: number | string
    title?: string | null
    product_title?: string | null
    variant_title?: string | null
    variant_sku?: string | null
    variant?: {
      id: string
      manage_inventory?: boolean | null
      allow_backorder?: boolean | null
      inventory_items?: (CartInventoryLink | null)[] | null
    } | null
  } | null)[] | null
}

/** Quantity needed per inventory item across all of the cart's lines. */
export type StockNeed = { inventoryItemId: string; quantity: number; label: string }

export function summedStockNeeds(cart: GuardCart): StockNeed[] {
  const needs = new Map<string, StockNeed>()
  for (const item of cart.items ?? []) {
    const variant = item?.variant
    if (!item || !variant?.manage_inventory || variant.allow_backorder) continue
    const label = [item.product_title ?? item.title, item.variant_title].filter(Boolean).join(" – ") || variant.id
    for (const link of variant.inventory_items ?? []) {
      if (!link) continue
      const quantity = Number(MathBN.mult(link.required_quantity ?? 1, item.quantity))
      const need = needs.get(link.inventory_item_id) ?? { inventoryItemId: link.inventory_item_id, quantity: 0, label }
      need.quantity += quantity
      needs.set(link.inventory_item_id, need)
    }
  }
  return [...needs.values()]
}

export const lockKeys = (needs: StockNeed[]) => needs.map((n) => STOCK_LOCK_PREFIX + n.inventoryItemId).sort()
export const lockOwner = (cartId: string) => `checkout:${cartId}`

/**
 * Takes every key or none: a failed attempt gives back what it got, then
 * waits a random moment, so two carts holding one key each cannot stall.
 */
export async function acquireStockLocks(container: MedusaContainer, keys: string[], ownerId: string, waitMs = lockWaitMs()) {
  if (!keys.length) return
  const locking = container.resolve(Modules.LOCKING)
  const deadline = Date.now() + waitMs
  for (;;) {
    try {
      await locking.acquire(keys, { ownerId, expire: STOCK_LOCK_TTL_SECONDS })
      return
    } catch {
      await locking.release(keys, { ownerId }).catch(() => false)
      if (Date.now() >= deadline) throw new CheckoutBusyError()
      await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 60))
    }
  }
}

export async function releaseStockLocks(container: MedusaContainer, keys: string[], ownerId: string) {
  if (!keys.length) return
  await container.resolve(Modules.LOCKING).release(keys, { ownerId }).catch(() => false)
}

/** Stock locations serving a sales channel. */
async function channelLocationIds(container: MedusaContainer, salesChannelId: string | null | undefined): Promise<string[] | null> {
  if (!salesChannelId) return null
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "sales_channel", fields: ["id", "stock_locations.id"], filters: { id: salesChannelId } })
  const locations = ((data[0]?.stock_locations ?? []) as ({ id: string } | null)[]).flatMap((l) => (l ? [l.id] : []))
  return locations
}

/** Fresh available quantity (stocked − reserved) per inventory item and location. */
export async function availableByLevel(container: MedusaContainer, inventoryItemIds: string[], locationIds: string[] | null) {
  const inventory = container.resolve(Modules.INVENTORY)
  const levels = await inventory.listInventoryLevels(
    { inventory_item_id: inventoryItemIds, ...(locationIds ? { location_id: locationIds } : {}) },
    { select: ["id", "inventory_item_id", "location_id", "stocked_quantity", "reserved_quantity"] }
  )
  const available = new Map<string, number>()
  for (const level of levels) {
    available.set(`${level.inventory_item_id}@${level.location_id}`, Number(MathBN.sub(level.stocked_quantity ?? 0, level.reserved_quantity ?? 0)))
  }
  return available
}

async function loadGuardCart(container: MedusaContainer, cartId: string): Promise<GuardCart> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "items.id", "items.quantity", "items.variant.id", "items.variant.manage_inventory", "items.variant.allow_backorder", "items.variant.inventory_items.inventory_item_id", "items.variant.inventory_items.required_quantity"],
    filters: { id: cartId },
  })
  return (data[0] as GuardCart | undefined) ?? { id: cartId, items: [] }
}

/** Whether the cart already became an order (then completion only returns it). */
export async function cartHasOrder(container: MedusaContainer, cart: GuardCart) {
  if (cart.completed_at) return true
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cart.id } })
  return data.length > 0
}

export type GuardState = { cartId: string; keys: string[]; ownerId: string; before: Record<string, number>; locationIds: string[] | null }

/** In-process hand-over from the validate hook to the post-reservation check. */
const guardStates = new Map<string, GuardState>()

/** validate hook: lock, then check the summed need against available stock. */
export async function guardBeforeOrder(container: MedusaContainer, cart: GuardCart): Promise<GuardState | undefined> {
  if (await cartHasOrder(container, cart)) return undefined
  const needs = summedStockNeeds(cart)
  if (!needs.length) return undefined
  const keys = lockKeys(needs)
  const ownerId = lockOwner(cart.id)
  await acquireStockLocks(container, keys, ownerId)
  try {
    const locationIds = await channelLocationIds(container, cart.sales_channel_id)
    const available = await availableByLevel(container, needs.map((n) => n.inventoryItemId), locationIds)
    for (const need of needs) {
      let total = 0
      for (const [key, quantity] of available) if (key.startsWith(`${need.inventoryItemId}@`)) total += Math.max(quantity, 0)
      if (need.quantity > total) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          total > 0
            ? `Only ${total} left of ${need.label}: your bag has ${need.quantity}. Please lower the quantity.`
            : `${need.label} has just sold out. Please remove it from your bag.`
        )
      }
    }
    const state: GuardState = { cartId: cart.id, keys, ownerId, before: Object.fromEntries(available), locationIds }
    guardStates.set(cart.id, state)
    return state
  } catch (error) {
    await releaseStockLocks(container, keys, ownerId)
    throw error
  }
}

/**
 * beforePaymentAuthorization hook: Medusa has reserved. If a location this
 * cart reserved at went below zero (and was not already), fail: the
 * workflow's compensation deletes the reservations and the order. Then
 * release the locks either way.
 */
export async function guardAfterReservation(container: MedusaContainer, cartId: string) {
  const state = guardStates.get(cartId)
  if (!state) {
    // The validate hook ran in another process (e.g. a resumed workflow): release what it took.
    const keys = lockKeys(summedStockNeeds(await loadGuardCart(container, cartId)))
    await releaseStockLocks(container, keys, lockOwner(cartId))
    return
  }
  guardStates.delete(cartId)
  try {
    const itemIds = state.keys.map((k) => k.slice(STOCK_LOCK_PREFIX.length))
    const after = await availableByLevel(container, itemIds, state.locationIds)
    for (const [key, quantity] of after) {
      const before = state.before[key] ?? 0
      if (quantity < 0 && quantity < before) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          "Part of your bag is no longer in stock at the workshop that ships it. Please lower the quantity and try again."
        )
      }
    }
  } finally {
    await releaseStockLocks(container, state.keys, state.ownerId)
  }
}

/** Compensation: the completion failed after the validate hook ran. */
export async function guardCompensate(container: MedusaContainer, state: GuardState | undefined) {
  if (!state) return
  guardStates.delete(state.cartId)
  await releaseStockLocks(container, state.keys, state.ownerId)
}
