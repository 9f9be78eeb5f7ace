/** The header badge listens for this event so an add shows at once. */
export const CART_EVENT = "afesip:cart"
export const announceCartCount = (count: number) => window.dispatchEvent(new CustomEvent(CART_EVENT, { detail: count }))
