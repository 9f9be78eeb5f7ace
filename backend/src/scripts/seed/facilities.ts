import type { FacilityCode } from "./types"

/**
 * AFESIP Fair Fashion's three facilities, each a Medusa stock location.
 * Public sources name workshops in Phnom Penh and in Tloc Chreau village
 * (Kampong Cham). Street addresses are the seed's working values: staff
 * replace them with the registered addresses in the Admin before export.
 */
export type SeedFacility = {
  code: FacilityCode
  name: string
  /** Ships international parcels: holds the fulfillment set and shipping options. */
  ships_orders: boolean
  address: {
    address_1: string
    address_2?: string
    city: string
    province: string
    postal_code: string
    country_code: "KH"
  }
}

export const facilities: SeedFacility[] = [
  {
    code: "PNH-ATL",
    name: "Phnom Penh Atelier",
    ships_orders: false,
    address: { address_1: "Street 371", address_2: "Sangkat Boeung Tumpun", city: "Phnom Penh", province: "Phnom Penh", postal_code: "120101", country_code: "KH" },
  },
  {
    code: "TLC-SLK",
    name: "Tloc Chreau Silk Workshop",
    ships_orders: false,
    address: { address_1: "Tloc Chreau village", address_2: "Kang Meas district", city: "Kampong Cham", province: "Kampong Cham", postal_code: "030801", country_code: "KH" },
  },
  {
    code: "PNH-EXP",
    name: "Phnom Penh Finishing & Export Centre",
    ships_orders: true,
    address: { address_1: "Street 598", address_2: "Sangkat Chrang Chamreh", city: "Phnom Penh", province: "Phnom Penh", postal_code: "120704", country_code: "KH" },
  },
]
