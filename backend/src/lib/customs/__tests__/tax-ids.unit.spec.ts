import { TAX_ID_TYPES, checkTaxIdValue, checkTaxIds, compactTaxId, formatTaxId, taxIdTypesFor, type TaxId, type TaxIdType } from "../tax-ids"

describe("which identifiers apply to a shipping country", () => {
  it.each<[string, TaxIdType[]]>([
    ["DE", ["eu_vat", "eu_eori"]],
    ["de", ["eu_vat", "eu_eori"]],
    [" fr ", ["eu_vat", "eu_eori"]],
    ["GR", ["eu_vat", "eu_eori"]],
    ["GB", ["uk_vat", "uk_eori"]],
    ["US", ["us_ein"]],
    ["AU", ["au_abn"]],
    // Outside the four customs territories: a company name only.
    ["CH", []],
    ["NO", []],
    ["KH", []],
  ])("%s → %j", (country, types) => {
    expect(taxIdTypesFor(country)).toEqual(types)
  })

  it("every type belongs to exactly one territory", () => {
    const covered = ["DE", "GB", "US", "AU"].flatMap(taxIdTypesFor)
    expect([...covered].sort()).toEqual([...TAX_ID_TYPES].sort())
  })
})

describe("formats per identifier", () => {
  it.each<[TaxIdType, string]>([
    ["eu_vat", "DE123456789"],
    ["eu_vat", "de 123 456 789"],
    ["eu_vat", "DE-123.456.789"],
    ["eu_vat", "FR12345678901"],
    ["eu_vat", "ATU12345678"],
    ["eu_vat", "NL123456789B01"],
    ["eu_vat", "IE1234567WA"],
    // Greece's VAT numbers start with EL, not its ISO code.
    ["eu_vat", "EL123456789"],
    ["eu_eori", "DE1234567890123"],
    ["eu_eori", "FR12345678901234"],
    // EORI numbers use the ISO code, Greece included.
    ["eu_eori", "GR123456789"],
    ["uk_vat", "GB123456789"],
    ["uk_vat", "GB 123 4567 89"],
    ["uk_vat", "GB123456789012"],
    ["uk_eori", "GB123456789000"],
    ["uk_eori", "XI123456789000"],
    ["us_ein", "12-3456789"],
    ["us_ein", "123456789"],
    ["au_abn", "51 824 753 556"],
    ["au_abn", "51824753556"],
  ])("%s %s is valid", (type, value) => {
    expect(checkTaxIdValue(type, value)).toBeNull()
  })

  it.each<[TaxIdType, string, RegExp]>([
    ["eu_vat", "DE12", /member state's code/],
    ["eu_vat", "DE", /member state's code/],
    ["eu_vat", "123456789", /member state's code/],
    ["eu_vat", "XX123456789", /member state's code/],
    // GR is not a VAT prefix: Greece uses EL.
    ["eu_vat", "GR123456789", /member state's code/],
    ["eu_vat", "GB123456789", /member state's code/],
    ["eu_vat", "DE1234567890123", /member state's code/],
    ["eu_eori", "EL123456789", /EU EORI/],
    ["eu_eori", "DE", /EU EORI/],
    ["eu_eori", "DE12345678901234567", /EU EORI/],
    ["eu_eori", "GB123456789000", /EU EORI/],
    ["uk_vat", "GB12345678", /GB followed by 9 or 12 digits/],
    ["uk_vat", "123456789", /GB followed by 9 or 12 digits/],
    ["uk_vat", "XI123456789", /GB followed by 9 or 12 digits/],
    ["uk_vat", "GB12345678A", /GB followed by 9 or 12 digits/],
    ["uk_eori", "GB123456789", /GB \(or XI\) followed by 12 digits/],
    ["uk_eori", "GB12345678900A", /GB \(or XI\) followed by 12 digits/],
    ["uk_eori", "DE123456789000", /GB \(or XI\) followed by 12 digits/],
    ["us_ein", "12-345678", /9 digits/],
    ["us_ein", "1234567890", /9 digits/],
    ["us_ein", "AB-3456789", /9 digits/],
    // The ABN checksum: one changed digit anywhere breaks it.
    ["au_abn", "51 824 753 557", /check digits/],
    ["au_abn", "61 824 753 556", /check digits/],
    ["au_abn", "51 824 753 546", /check digits/],
    ["au_abn", "52 824 753 556", /check digits/],
    ["au_abn", "5182475355", /11 digits/],
    ["au_abn", "ABN51824753556", /11 digits/],
  ])("%s %s is refused", (type, value, message) => {
    expect(checkTaxIdValue(type, value)).toMatch(message)
  })

  it("every single-digit change of a valid ABN fails the checksum", () => {
    const abn = "51824753556"
    for (let i = 0; i < abn.length; i++) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === abn[i]) continue
        const changed = abn.slice(0, i) + d + abn.slice(i + 1)
        expect([changed, checkTaxIdValue("au_abn", changed)]).toEqual([changed, expect.stringMatching(/check digits/)])
      }
    }
  })
})

describe("compact storage and printing", () => {
  it.each([
    ["de 123 456 789", "DE123456789"],
    ["DE-123.456.789", "DE123456789"],
    ["gb 123\t4567 89", "GB123456789"],
    ["12-3456789", "123456789"],
    ["51 824 753 556", "51824753556"],
  ])("%j is stored as %s", (raw, compact) => {
    expect(compactTaxId(raw)).toBe(compact)
  })

  it.each<[TaxIdType, string, string]>([
    ["us_ein", "123456789", "12-3456789"],
    ["us_ein", "12-3456789", "12-3456789"],
    ["au_abn", "51824753556", "51 824 753 556"],
    ["eu_vat", "de 123 456 789", "DE123456789"],
    ["uk_eori", "GB123456789000", "GB123456789000"],
  ])("%s %s is printed %s", (type, value, printed) => {
    expect(formatTaxId(type, value)).toBe(printed)
  })
})

describe("a consignee's identifiers together", () => {
  const vat: TaxId = { type: "eu_vat", value: "DE123456789" }
  const eori: TaxId = { type: "eu_eori", value: "DE1234567890123" }
  const ukVat: TaxId = { type: "uk_vat", value: "GB123456789" }

  it.each<[string, TaxId[], string | null | undefined, { index: number; message: RegExp }[]]>([
    ["none given", [], "DE", []],
    ["VAT and EORI for Germany", [vat, eori], "DE", []],
    ["a Greek EL VAT number for Greece", [{ type: "eu_vat", value: "EL123456789" }], "gr", []],
    ["a German VAT number delivered to France (same customs territory)", [vat], "FR", []],
    ["an EIN for the US", [{ type: "us_ein", value: "12-3456789" }], "us", []],
    ["an ABN for Australia", [{ type: "au_abn", value: "51 824 753 556" }], "AU", []],
    ["UK identifiers for Great Britain", [ukVat, { type: "uk_eori", value: "GB123456789000" }], "GB", []],
    ["a UK VAT number on a German delivery", [ukVat], "DE", [{ index: 0, message: /UK VAT number does not apply to deliveries to DE/ }]],
    ["an EU VAT number on a UK delivery", [vat], "gb", [{ index: 0, message: /EU VAT number does not apply to deliveries to GB/ }]],
    ["an EIN on an Australian delivery", [{ type: "us_ein", value: "123456789" }], "AU", [{ index: 0, message: /EIN does not apply/ }]],
    ["any identifier outside the four territories", [vat], "CH", [{ index: 0, message: /does not apply to deliveries to CH/ }]],
    ["no country yet: formats only", [ukVat, vat], null, []],
    ["no country yet, a bad format", [{ type: "us_ein", value: "12" }], undefined, [{ index: 0, message: /9 digits/ }]],
    ["a bad format in the right territory", [vat, { type: "eu_eori", value: "EL1" }], "DE", [{ index: 1, message: /EU EORI/ }]],
    ["two VAT numbers", [vat, { type: "eu_vat", value: "FR12345678901" }], "DE", [{ index: 1, message: /Give one EU VAT number only/ }]],
    [
      "a duplicate that is also malformed",
      [vat, { type: "eu_vat", value: "DE12" }],
      "DE",
      [
        { index: 1, message: /Give one EU VAT number only/ },
        { index: 1, message: /member state's code/ },
      ],
    ],
    ["an unknown type", [{ type: "ch_uid" as TaxIdType, value: "CHE123456789" }], "DE", [{ index: 0, message: /Unknown tax ID type "ch_uid"/ }]],
  ])("%s", (_label, taxIds, country, expected) => {
    const issues = checkTaxIds(taxIds, country)
    expect(issues).toHaveLength(expected.length)
    expected.forEach((e, i) => {
      expect(issues[i].index).toBe(e.index)
      expect(issues[i].message).toMatch(e.message)
    })
  })
})
