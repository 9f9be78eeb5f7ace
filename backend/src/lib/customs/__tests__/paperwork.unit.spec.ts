import { checkExportProfile, defaultExportProfile, unpackedLines, type ExportProfileInput, type OrderForProfile } from "../export-profile"
import type { ExporterSettings } from "../exporter"
import { buildPaperwork, exporterDay, type PaperworkInput, type PaperworkLineInput } from "../paperwork"

const order = (over: Partial<OrderForProfile> = {}): OrderForProfile => ({
  channel: "retail",
  country_code: "DE",
  city: "Berlin",
  lines: [
    { id: "li_scarf", quantity: 2 },
    { id: "li_tote", quantity: 1 },
  ],
  currency_code: "eur",
  goods_value: 300,
  ...over,
})

const carton = { length_cm: 30, width_cm: 20, height_cm: 10, gross_weight_kg: 1 }
const packed = (over: Partial<ExportProfileInput> = {}): ExportProfileInput => ({
  ...defaultExportProfile(order()),
  cartons: [{ ...carton, contents: [{ line_item_id: "li_scarf", quantity: 2 }, { line_item_id: "li_tote", quantity: 1 }] }],
  ...over,
})

describe("the export profile an order starts with", () => {
  it("is DAP to the buyer's city, a sale, with the tax IDs given at checkout and no cartons", () => {
    const profile = defaultExportProfile(order({ checkout_consignee: { company_name: " Laden GmbH ", tax_ids: [{ type: "eu_vat", value: "DE123456789" }] } }))
    expect(profile).toEqual({
      incoterm: "DAP",
      incoterm_place: "Berlin, DE",
      reason_for_export: "sale",
      consignee: { company_name: "Laden GmbH", tax_ids: [{ type: "eu_vat", value: "DE123456789" }] },
      po_number: null,
      cartons: [],
      insurance_amount: null,
      eur_rate: null,
    })
    expect(defaultExportProfile(order({ city: null, country_code: "us" })).incoterm_place).toBe("US")
  })

  it.each<[string, Partial<OrderForProfile>, string]>([
    ["retail to Germany above €150: duties on delivery", {}, "DAP"],
    ["retail to Germany within IOSS: duties were included at checkout", { goods_value: 120 }, "DDP"],
    ["wholesale to Germany within €150: no low-value scheme for businesses", { goods_value: 120, channel: "wholesale" }, "DAP"],
    ["retail to the US: no de-minimis", { country_code: "US", currency_code: "usd", goods_value: 40 }, "DAP"],
    ["retail to the UK within £135", { country_code: "GB", currency_code: "gbp", goods_value: 100 }, "DDP"],
  ])("%s → %s", (_what, over, incoterm) => {
    expect(defaultExportProfile(order(over)).incoterm).toBe(incoterm)
  })
})

describe("checkExportProfile", () => {
  it.each<[string, Partial<ExportProfileInput>, Partial<OrderForProfile>, string[]]>([
    ["a packed DAP retail order", {}, {}, []],
    ["DDP retail", { incoterm: "DDP" }, {}, []],
    ["FCA retail", { incoterm: "FCA", incoterm_place: "Phnom Penh" }, {}, ["incoterm_retail"]],
    ["EXW retail", { incoterm: "EXW", incoterm_place: "Phnom Penh" }, {}, ["incoterm_retail"]],
    ["FCA wholesale", { incoterm: "FCA", incoterm_place: "Phnom Penh International Airport" }, { channel: "wholesale" }, []],
    ["FOB wholesale at Sihanoukville", { incoterm: "FOB", incoterm_place: "Sihanoukville, KH" }, { channel: "wholesale" }, []],
    ["FOB wholesale at an airport", { incoterm: "FOB", incoterm_place: "Phnom Penh International Airport" }, { channel: "wholesale" }, ["fob_not_port"]],
    ["no place", { incoterm_place: "  " }, {}, ["place_missing"]],
    ["an EU VAT number to Germany", { consignee: { company_name: "Laden", tax_ids: [{ type: "eu_vat", value: "DE123456789" }] } }, {}, []],
    ["a short EU VAT number", { consignee: { tax_ids: [{ type: "eu_vat", value: "DE12" }] } }, {}, ["tax_id"]],
    ["a UK VAT number to Germany", { consignee: { tax_ids: [{ type: "uk_vat", value: "GB123456789" }] } }, {}, ["tax_id"]],
    ["a valid ABN to Australia", { consignee: { tax_ids: [{ type: "au_abn", value: "51 824 753 556" }] } }, { country_code: "AU" }, []],
    ["a negative insurance", { insurance_amount: -1 }, {}, ["insurance"]],
    ["a zero euro rate", { eur_rate: 0 }, {}, ["eur_rate"]],
  ])("%s", (_what, profile, orderOver, codes) => {
    expect(checkExportProfile(packed(profile), order(orderOver)).map((i) => i.code)).toEqual(codes)
  })

  it.each<[string, object, string[]]>([
    ["a zero dimension", { ...carton, height_cm: 0, contents: [{ line_item_id: "li_scarf", quantity: 1 }] }, ["carton_dimensions"]],
    ["no weight", { ...carton, gross_weight_kg: 0, contents: [{ line_item_id: "li_scarf", quantity: 1 }] }, ["carton_weight"]],
    ["nothing inside", { ...carton, contents: [] }, ["carton_empty"]],
    ["another order's line", { ...carton, contents: [{ line_item_id: "li_other", quantity: 1 }] }, ["carton_line"]],
    ["half a unit", { ...carton, contents: [{ line_item_id: "li_scarf", quantity: 0.5 }] }, ["carton_quantity"]],
    ["more than ordered", { ...carton, contents: [{ line_item_id: "li_tote", quantity: 2 }] }, ["carton_overpacked"]],
    ["part of the order", { ...carton, contents: [{ line_item_id: "li_scarf", quantity: 1 }] }, []],
  ])("a carton with %s", (_what, c, codes) => {
    expect(checkExportProfile(packed({ cartons: [c as ExportProfileInput["cartons"][number]] }), order()).map((i) => i.code)).toEqual(codes)
  })

  it("counts a line across cartons, and lists what is still unpacked", () => {
    const split = [
      { ...carton, contents: [{ line_item_id: "li_scarf", quantity: 1 }] },
      { ...carton, contents: [{ line_item_id: "li_scarf", quantity: 2 }] },
    ]
    expect(checkExportProfile(packed({ cartons: split }), order()).map((i) => i.code)).toEqual(["carton_overpacked"])
    expect(unpackedLines([split[0]], order().lines)).toEqual([
      { id: "li_scarf", missing: 1 },
      { id: "li_tote", missing: 1 },
    ])
  })
})

const EXPORTER: ExporterSettings = {
  legal_name: "AFESIP Fair Fashion",
  address: { address_1: "Street 598", city: "Phnom Penh", country_code: "KH" },
  tax_id: "K001901234567",
  rex_number: "KHREX0123456789",
  ioss_number: "IM1234567890",
  uk_vat_number: null,
  au_arn: null,
  phone: null,
  email: null,
  signatory_name: "Export Manager",
  signatory_title: null,
}

const line = (over: Partial<PaperworkLineInput>): PaperworkLineInput => ({
  line_item_id: "li_scarf",
  description: "Ikat Silk Scarf",
  sku: "SCF",
  quantity: 2,
  value: 100,
  hs_code: "621410",
  origin_country: "KH",
  tariff_overrides: null,
  composition: [{ fibre: "silk", percent: 100 }],
  construction: "woven",
  unit_weight_g: 90,
  manufacturer: { name: "AFESIP Atelier", address_lines: ["Street 371"], city: "Phnom Penh", country_code: "KH", mid: "KHAFEATE371PHN" },
  ...over,
})

const input = (over: Partial<PaperworkInput> = {}, country = "DE", currency = "eur"): PaperworkInput => ({
  order: { id: "order_1", display_id: 7, placed_at: "2026-11-20T10:00:00.000Z", currency_code: currency, email: "anna@example.de" },
  shipping_address: { first_name: "Anna", last_name: "Schmidt", address_1: "Torstraße 12", city: "Berlin", postal_code: "10119", country_code: country.toLowerCase() },
  profile: packed(),
  exporter: EXPORTER,
  lines: [line({}), line({ line_item_id: "li_tote", description: "Silk Market Tote", hs_code: "420222", quantity: 1, value: 50, unit_weight_g: 340, construction: "other" })],
  charges: { discount: 10, freight: 20, tax: 30, paid: 190 },
  ...over,
})

const numbers = { invoice: "CI-2026-00001", packing_list: "PL-2026-00001" }
const build = (i: PaperworkInput, day = "2026-11-29") => buildPaperwork(i, numbers, day)

describe("buildPaperwork", () => {
  it("prints the statement on origin only for eligible lines: a bag to the EU is left out", () => {
    const result = build(input())
    if (!result.ok) throw new Error(JSON.stringify(result.issues))
    const s = result.snapshot
    expect(s.lines.map((l) => [l.n, l.preference.eligible, l.origin_statement])).toEqual([
      [1, true, true],
      [2, false, false],
    ])
    expect(s.origin_statement?.lines).toEqual([1])
    expect(s.origin_statement?.text).toContain('"W" (items 1)')
    expect(s.origin_statement?.text).not.toContain("Registered Exporter")
    expect(s.totals).toEqual({ goods: 150, discount: 10, freight: 20, insurance: 0, tax: 30, total: 190 })
    // DAP above €150: no IOSS number (VAT is paid at the border), the REX number for the origin statement.
    expect(s.exporter.registrations).toEqual([{ label: "REX", value: "KHREX0123456789" }])
    expect(s.packages).toEqual([expect.objectContaining({ mark: "CTN 1/1", net_weight_kg: 0.52, gross_weight_kg: 1, cbm: 0.006 })])
  })

  it.each<[string, Partial<ExportProfileInput>, PaperworkLineInput[], string[]]>([
    ["DDP within €150: the IOSS number", { incoterm: "DDP" }, [line({ value: 120 })], ["IOSS", "REX"]],
    ["DDP above €150: no IOSS", { incoterm: "DDP" }, [line({ value: 200 })], ["REX"]],
    ["DAP within €150: no IOSS", {}, [line({ value: 120 })], ["REX"]],
  ])("exporter registrations: %s", (_what, over, lines, labels) => {
    const cartons = [{ ...carton, contents: [{ line_item_id: "li_scarf", quantity: 2 }] }]
    const result = build(input({ lines, profile: packed({ ...over, cartons }) }))
    if (!result.ok) throw new Error(JSON.stringify(result.issues))
    expect(result.snapshot.exporter.registrations.map((r) => r.label)).toEqual(labels)
  })

  it.each<[string, number, boolean, string | null]>([
    ["at €6,000 without a REX number", 3000, true, null],
    ["above €6,000 with a REX number", 3500, true, "KHREX0123456789"],
  ])("EU statement %s", (_what, unitValue, printed, rex) => {
    const i = input({ lines: [line({ value: unitValue * 2 })] })
    const result = build(i)
    if (!result.ok) throw new Error(JSON.stringify(result.issues))
    expect(!!result.snapshot.origin_statement).toBe(printed)
    if (rex) expect(result.snapshot.origin_statement?.text).toContain(`Number of Registered Exporter ${rex}`)
    else expect(result.snapshot.origin_statement?.text).not.toContain("Registered Exporter")
  })

  it("prints no EU statement above €6,000 without a REX number, and says why", () => {
    const result = build(input({ exporter: { ...EXPORTER, rex_number: null }, lines: [line({ value: 7000 })] }))
    if (!result.ok) throw new Error(JSON.stringify(result.issues))
    expect(result.snapshot.origin_statement).toBeNull()
    expect(result.snapshot.origin_note).toMatch(/only a registered exporter/)
  })

  it("needs a euro rate for a non-euro order with eligible lines to the EU", () => {
    const result = build(input({}, "DE", "usd"))
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toEqual(["eur_rate_missing"])
    const withRate = build(input({ profile: packed({ eur_rate: 0.92 }) }, "DE", "usd"))
    expect(withRate.ok).toBe(true)
  })

  it("puts the MID and manufacturer on US textile lines and prints no statement", () => {
    const result = build(input({ lines: [line({})] }, "US", "usd"))
    if (!result.ok) throw new Error(JSON.stringify(result.issues))
    expect(result.snapshot.lines[0]).toEqual(expect.objectContaining({ mid: "KHAFEATE371PHN", manufacturer: "AFESIP Atelier, Street 371, Phnom Penh, KH" }))
    expect(result.snapshot.origin_statement).toBeNull()
  })

  it("refuses a US textile line without a MID, but not a bag (chapter 42)", () => {
    const noMid = { name: "X", address_lines: [], city: "Phnom Penh", country_code: "KH", mid: null }
    const textile = build(input({ lines: [line({ manufacturer: noMid })] }, "US", "usd"))
    expect(textile.ok ? [] : textile.issues.map((i) => i.code)).toEqual(["mid_missing"])
    const bag = build(
      input({ lines: [line({ hs_code: "420222", manufacturer: noMid })], profile: packed({ cartons: [{ ...carton, contents: [{ line_item_id: "li_scarf", quantity: 2 }] }] }) }, "US", "usd")
    )
    expect(bag.ok).toBe(true)
  })

  it("uses the destination's own tariff line when one is kept", () => {
    const result = build(input({ lines: [line({ tariff_overrides: { EU: { code: "62141000" } } })], profile: packed({ cartons: [{ ...carton, contents: [{ line_item_id: "li_scarf", quantity: 2 }] }] }) }))
    if (!result.ok) throw new Error(JSON.stringify(result.issues))
    expect(result.snapshot.lines[0].tariff).toEqual({ label: "EU CN code", code: "6214.10.00" })
  })

  it("lists everything that blocks issuing at once", () => {
    const result = build(
      input({
        exporter: { ...EXPORTER, tax_id: null, signatory_name: null },
        lines: [line({ hs_code: null, unit_weight_g: null, composition: [] })],
        profile: packed({ cartons: [{ ...carton, gross_weight_kg: 0.05, contents: [{ line_item_id: "li_scarf", quantity: 1 }] }] }),
      })
    )
    expect(result.ok ? [] : result.issues.map((i) => i.code).sort()).toEqual(
      ["composition_missing", "exporter_incomplete", "exporter_incomplete", "hs_missing", "unpacked", "weight_missing"].sort()
    )
  })

  it("refuses a carton lighter than its contents", () => {
    const result = build(input({ profile: packed({ cartons: [{ ...carton, gross_weight_kg: 0.3, contents: [{ line_item_id: "li_scarf", quantity: 2 }, { line_item_id: "li_tote", quantity: 1 }] }] }) }))
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toEqual(["gross_below_net"])
  })

  it("prints no statement when the goods are not sold", () => {
    const result = build(input({ profile: packed({ reason_for_export: "sample" }) }))
    if (!result.ok) throw new Error(JSON.stringify(result.issues))
    expect(result.snapshot.origin_statement).toBeNull()
    expect(result.snapshot.terms.reason).toBe("Commercial sample")
  })
})

describe("exporterDay: documents are dated in Phnom Penh (UTC+7)", () => {
  it.each([
    ["2026-12-31T16:59:59Z", "2026-12-31"],
    ["2026-12-31T17:00:00Z", "2027-01-01"],
    ["2026-11-29T03:00:00Z", "2026-11-29"],
  ])("%s → %s", (instant, day) => {
    expect(exporterDay(new Date(instant))).toBe(day)
  })
})
