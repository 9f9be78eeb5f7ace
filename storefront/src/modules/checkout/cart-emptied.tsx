"use client"

import { useEffect } from "react"
import { announceCartCount } from "@/modules/layout/cart-events"

/** The order used up the cart: the header badge goes back to zero. */
export function CartEmptied() {
  useEffect(() => {
    announceCartCount(0)
  }, [])
  return null
}
