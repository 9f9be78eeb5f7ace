import { products } from "../../../scripts/seed/catalog"
import { checkConstructionForHs, type Construction } from "../classification"
import { checkCare, checkComposition, checkCustomsDetail, checkPacking, describeComposition, normaliseComposition, type CustomsDetail } from "../detail"
import { canonicalFibre } from "../fibres"
import { checkTariffOverride, destinationFor, formatHs, tariffCodeFor, type Destination } from "../tariff"

const codes = (issues: { code: string }[]) => issues.map((i) => i.code)

const silkDress: CustomsDetail = {
  composition: [{ fibre: "silk", percent: 100 }],
  construction: "woven",
  care_text: { en: "Hand wash cold or dry clean", fr: "" },
  care_symbols: ["hand-wash", "do-not-bleach", "do-not-tumble-dry", "iron-low", "dry-clean-p"],
  tariff_overrides: { US: { code: "6204495010" }, EU: { code: "62044990" } },
  packed_weight_g: 300,
  packed_length_cm: 30,
  packed_width_cm: 24,
  packed_height_cm: 4,
}

describe("fibre composition: generic names, unique, 1–100 % each, 100 % in all", () => {
  it.each<[string, { fibre: string; percent: number }[], string[]]>([
    ["silk 100", [{ fibre: "silk", percent: 100 }], []],
    ["silk 55 + cotton 45", [{ fibre: "silk", percent: 55 }, { fibre: "cotton", percent: 45 }], []],
    ["thirds with a decimal", [{ fibre: "silk", percent: 33.3 }, { fibre: "cotton", percent: 33.3 }, { fibre: "flax", percent: 33.4 }], []],
    ["US and EU aliases", [{ fibre: "Linen", percent: 60 }, { fibre: "rayon", percent: 40 }], []],
    ["sums to 90", [{ fibre: "silk", percent: 60 }, { fibre: "cotton", percent: 30 }], ["composition_sum"]],
    ["sums to 110", [{ fibre: "silk", percent: 60 }, { fibre: "cotton", percent: 50 }], ["composition_sum"]],
    ["a fibre twice", [{ fibre: "silk", percent: 50 }, { fibre: "Silk", percent: 50 }], ["fibre_repeated"]],
    ["alias and name of one fibre", [{ fibre: "linen", percent: 50 }, { fibre: "flax", percent: 50 }], ["fibre_repeated"]],
    ["a trade name", [{ fibre: "Tencel", percent: 100 }], ["fibre_unknown"]],
    ["a vague name", [{ fibre: "silk blend", percent: 100 }], ["fibre_unknown"]],
    ["zero percent", [{ fibre: "silk", percent: 100 }, { fibre: "cotton", percent: 0 }], ["percent_range"]],
    ["negative percent", [{ fibre: "silk", percent: 110 }, { fibre: "cotton", percent: -10 }], ["percent_range", "percent_range"]],
    ["empty", [], ["composition_empty"]],
  ])("%s", (_label, composition, expected) => {
    expect(codes(checkComposition(composition, "woven"))).toEqual(expected)
  })

  it("lets a non-textile article have no composition", () => {
    expect(checkComposition([], "not_textile")).toEqual([])
  })

  it("stores Annex I names, largest share first, and describes them per language", () => {
    expect(canonicalFibre(" Spandex ")).toBe("elastane")
    expect(normaliseComposition([{ fibre: "Cotton", percent: 45 }, { fibre: "silk", percent: 55 }])).toEqual([
      { fibre: "silk", percent: 55 },
      { fibre: "cotton", percent: 45 },
    ])
    expect(describeComposition([{ fibre: "cotton", percent: 45 }, { fibre: "silk", percent: 55 }])).toBe("55% silk, 45% cotton")
    expect(describeComposition([{ fibre: "silk", percent: 100 }], "fr")).toBe("100 % soie")
  })
})

describe("HS chapter and construction (61 knitted, 62 woven; bags are not garments)", () => {
  it.each<[string, Construction, string[]]>([
    ["620449", "woven", []], // woven silk dress
    ["620449", "knitted", ["chapter_construction"]],
    ["610449", "knitted", []], // knitted dress
    ["610449", "woven", ["chapter_construction"]],
    ["621410", "woven", []], // woven silk scarf
    ["621410", "knitted", ["chapter_construction"]],
    ["611710", "knitted", []], // knitted scarf
    ["611710", "woven", ["chapter_construction"]],
    ["620610", "other", ["chapter_construction"]],
    ["621210", "knitted", []], // 6212 covers knitted goods too
    ["420222", "other", []], // textile handbag
    ["420222", "woven", []],
    ["420292", "not_textile", []],
    ["630790", "other", []], // made-up textile article (eye mask)
    ["630790", "not_textile", ["chapter_construction"]],
    ["711719", "not_textile", []], // imitation jewellery
  ])("HS %s as %s", (hs, construction, expected) => {
    expect(codes(checkConstructionForHs(hs, construction))).toEqual(expected)
  })

  it("names the heading of the other construction", () => {
    const [issue] = checkConstructionForHs("620449", "knitted")
    expect(issue.message).toContain("chapter 62")
    expect(issue.message).toContain("6104")
    const [scarf] = checkConstructionForHs("611710", "woven")
    expect(scarf.message).toContain("6214")
  })
})

describe("tariff lines per destination start with the HS code and have the destination's length", () => {
  it.each<[Destination, { code: string; stat_code?: string | null }, string[]]>([
    ["US", { code: "6204495010" }, []],
    ["US", { code: "6204.49.5010" }, []],
    ["US", { code: "62044950" }, ["override_length"]],
    ["US", { code: "6206100010" }, ["override_prefix"]],
    ["EU", { code: "62044990" }, []],
    ["EU", { code: "6204499000" }, ["override_length"]],
    ["UK", { code: "6204499000" }, []],
    ["UK", { code: "620449900" }, ["override_length"]],
    ["AU", { code: "62044900", stat_code: "33" }, []],
    ["AU", { code: "62044900" }, []],
    ["AU", { code: "62044900", stat_code: "3" }, ["override_stat"]],
    ["EU", { code: "62044990", stat_code: "10" }, ["override_stat"]],
    ["EU", { code: "6204499A" }, ["override_length"]],
  ])("%s %j", (destination, override, expected) => {
    expect(codes(checkTariffOverride(destination, override, "620449"))).toEqual(expected)
  })

  it("declares the destination's own line when there is one, else the HS code", () => {
    expect(tariffCodeFor("US", "620449", { US: { code: "6204.49.5010" } })).toBe("6204495010")
    expect(tariffCodeFor("UK", "620449", { US: { code: "6204495010" } })).toBe("620449")
    expect(tariffCodeFor(null, "620449", {})).toBe("620449")
    expect(formatHs("6204495010")).toBe("6204.49.5010")
  })

  it.each([
    ["de", "EU"],
    ["FR", "EU"],
    ["GB", "UK"],
    ["US", "US"],
    ["AU", "AU"],
    ["CH", null],
    ["NO", null],
  ])("ships to %s → %s", (country, expected) => {
    expect(destinationFor(country)).toBe(expected)
  })
})

describe("care: known symbols, one per group, instructions for garments", () => {
  it.each<[string[], string, string[]]>([
    [["hand-wash", "do-not-bleach", "do-not-tumble-dry", "iron-low", "dry-clean-p"], "Hand wash", []],
    [["wash-30", "wash-40"], "Wash", ["care_symbol_conflict"]],
    [["iron-low", "do-not-iron"], "Iron", ["care_symbol_conflict"]],
    [["dry-clean-p", "wet-clean-w"], "Clean", []],
    [["line-dry-shade", "do-not-tumble-dry"], "Dry", []],
    [["wash-31"], "Wash", ["care_symbol_unknown"]],
    [[], "", ["care_missing"]],
  ])("%j", (symbols, text, expected) => {
    expect(codes(checkCare({ care_symbols: symbols, care_text: { en: text, fr: "" }, construction: "woven" }))).toEqual(expected)
  })

  it("does not ask a bag for care instructions", () => {
    expect(checkCare({ care_symbols: [], care_text: { en: "", fr: "" }, construction: "other" })).toEqual([])
  })
})

describe("packed weight and dimensions are positive", () => {
  const none = { packed_weight_g: null, packed_length_cm: null, packed_width_cm: null, packed_height_cm: null }
  it.each<[string, Partial<CustomsDetail>, string[]]>([
    ["all given", { packed_weight_g: 300, packed_length_cm: 30, packed_width_cm: 24, packed_height_cm: 4 }, []],
    ["none given", {}, []],
    ["negative weight", { packed_weight_g: -5 }, ["weight_range"]],
    ["zero weight", { packed_weight_g: 0 }, ["weight_range"]],
    ["absurd weight", { packed_weight_g: 90_000 }, ["weight_range"]],
    ["two of three dimensions", { packed_length_cm: 30, packed_width_cm: 24 }, ["dimensions_partial"]],
    ["a zero dimension", { packed_length_cm: 30, packed_width_cm: 0, packed_height_cm: 4 }, ["dimension_range"]],
    ["a negative dimension", { packed_length_cm: -30, packed_width_cm: 24, packed_height_cm: 4 }, ["dimension_range"]],
  ])("%s", (_label, values, expected) => {
    expect(codes(checkPacking({ ...none, ...values }))).toEqual(expected)
  })
})

describe("a variant's customs data as a whole", () => {
  it("accepts the woven silk dress", () => {
    expect(checkCustomsDetail(silkDress, { hs_code: "620449", weight: 290 })).toEqual({ errors: [], warnings: [] })
  })

  it("needs Medusa's HS code", () => {
    expect(codes(checkCustomsDetail(silkDress, { hs_code: null }).errors)).toEqual(["hs_missing"])
    expect(codes(checkCustomsDetail(silkDress, { hs_code: "6204" }).errors)).toEqual(["hs_format"])
  })

  it("collects every problem at once", () => {
    const bad: CustomsDetail = {
      ...silkDress,
      composition: [{ fibre: "silk", percent: 90 }],
      construction: "knitted",
      packed_weight_g: -1,
      tariff_overrides: { EU: { code: "6204499" } },
    }
    expect(codes(checkCustomsDetail(bad, { hs_code: "620449" }).errors)).toEqual([
      "composition_sum",
      "chapter_construction",
      "weight_range",
      "override_length",
    ])
  })

  it("refuses tariff lines for destinations it does not keep", () => {
    const detail = { ...silkDress, tariff_overrides: { CH: { code: "62044900" } } } as unknown as CustomsDetail
    expect(codes(checkCustomsDetail(detail, { hs_code: "620449" }).errors)).toEqual(["override_destination"])
  })

  it.each([
    ["620610", [{ fibre: "cotton", percent: 100 }], ["composition_subheading"]], // silk blouse subheading, cotton blouse
    ["620610", [{ fibre: "silk", percent: 100 }], []],
    ["620442", [{ fibre: "silk", percent: 55 }, { fibre: "cotton", percent: 45 }], ["composition_subheading"]],
  ])("warns when HS %s's fibre does not predominate in %j", (hs, composition, expected) => {
    expect(codes(checkCustomsDetail({ ...silkDress, composition, tariff_overrides: {} }, { hs_code: hs }).warnings)).toEqual(expected)
  })

  it("warns when the packed unit is lighter than the piece", () => {
    expect(codes(checkCustomsDetail(silkDress, { hs_code: "620449", weight: 320 }).warnings)).toEqual(["packed_lighter_than_net"])
  })

  it("passes every product of the seed catalog as the seed stores it", () => {
    for (const p of products) {
      const construction: Construction = p.construction === "other" ? "other" : p.construction
      const detail: CustomsDetail = {
        composition: p.composition,
        construction,
        care_text: { en: p.care.join("\n"), fr: "" },
        care_symbols: [],
        tariff_overrides: {},
        packed_weight_g: p.weight,
        packed_length_cm: p.length,
        packed_width_cm: p.width,
        packed_height_cm: p.height,
      }
      expect({ handle: p.handle, ...checkCustomsDetail(detail, { hs_code: p.hs_code, weight: p.weight }) }).toEqual({ handle: p.handle, errors: [], warnings: [] })
    }
  })
})
