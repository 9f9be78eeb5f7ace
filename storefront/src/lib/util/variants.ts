/** Variant choice and stock state, shared by the product page and its tests. */

export type StockState = "in-stock" | "low-stock" | "out-of-stock"
export const LOW_STOCK_THRESHOLD = 3

export type ChoosableVariant = {
  id: string
  options: Record<string, string>
  inventoryQuantity: number | null
  manageInventory: boolean
  allowBackorder: boolean
}

export function stockState(v: Pick<ChoosableVariant, "inventoryQuantity" | "manageInventory" | "allowBackorder">): StockState {
  if (!v.manageInventory || v.allowBackorder) return "in-stock"
  const quantity = v.inventoryQuantity ?? 0
  if (quantity <= 0) return "out-of-stock"
  return quantity <= LOW_STOCK_THRESHOLD ? "low-stock" : "in-stock"
}

/** The variant matching every chosen option, once all options are chosen. */
export function findVariant<T extends ChoosableVariant>(variants: T[], chosen: Record<string, string>, optionTitles: string[]): T | undefined {
  if (optionTitles.some((t) => !chosen[t])) return undefined
  return variants.find((v) => optionTitles.every((t) => v.options[t] === chosen[t]))
}

/** Whether picking `value` for `title` (keeping the other choices) can lead to a buyable variant. */
export function isValueAvailable(variants: ChoosableVariant[], chosen: Record<string, string>, title: string, value: string): boolean {
  return variants.some(
    (v) =>
      v.options[title] === value &&
      Object.entries(chosen).every(([t, chosenValue]) => t === title || v.options[t] === chosenValue) &&
      stockState(v) !== "out-of-stock"
  )
}
