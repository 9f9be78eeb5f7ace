import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { sdk } from "@/lib/config"
import { catalogCache } from "./cache"

export async function listRegions(): Promise<HttpTypes.StoreRegion[]> {
  const { regions } = await sdk.client.fetch<HttpTypes.StoreRegionListResponse>("/store/regions", {
    query: { fields: "id,name,currency_code,*countries" },
    ...catalogCache("regions"),
  })
  return regions
}

export async function getRegion(countryCode: string): Promise<HttpTypes.StoreRegion | undefined> {
  const regions = await listRegions()
  return regions.find((r) => r.countries?.some((c) => c.iso_2 === countryCode.toLowerCase()))
}

export type CountryChoice = { code: string; name: string; region: string; currency: string }

/** Every country the store sells to, grouped by region name, for the country selector. */
export async function listCountryChoices(): Promise<CountryChoice[]> {
  const regions = await listRegions()
  return regions
    .flatMap((r) =>
      (r.countries ?? []).map((c) => ({
        code: c.iso_2 ?? "",
        name: c.display_name ?? c.name ?? c.iso_2 ?? "",
        region: r.name ?? "",
        currency: (r.currency_code ?? "").toUpperCase(),
      }))
    )
    .filter((c) => c.code)
    .sort((a, b) => a.region.localeCompare(b.region) || a.name.localeCompare(b.name))
}
