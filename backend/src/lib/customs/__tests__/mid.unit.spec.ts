import { buildMid, checkMidFormat, midAddressNumber, midCity, midNameWords } from "../mid"

const nameCode = (name: string) => midNameWords(name).slice(0, 2).map((w) => w.slice(0, 3)).join("")

describe("MID name part (19 CFR 102, appendix): first three characters of the first two words", () => {
  it.each([
    ["Amalgamated Plastics Corp.", "AMAPLA"],
    ["Bergstrom", "BER"],
    // Two or more initials together are one word.
    ["A.B.C. Company", "ABCCOM"],
    ["A B C Company", "ABCCOM"],
    ["O.A.S.I.S. Corp.", "OASCOR"],
    ["Dr. S.A. Smith", "DRSA"],
    ["Shavings B L Inc.", "SHABL"],
    // "a", "an", "and", "of", "the" are ignored.
    ["The Embassy of Spain", "EMBSPA"],
    ["An Apple and Pear Ltd", "APPPEA"],
    ["A Company", "COM"],
    // A lone initial is skipped.
    ["Thomas S. Delvaux Company", "THODEL"],
    ["N. Minami & Co.,LTD.", "MINCO"],
    ["E.K. Rodgers Companies", "EKROD"],
    // Hyphenated names are one word, with or without spaces.
    ["Rawles-Aden Corp.", "RAWCOR"],
    ["Rawles - Aden Corp.", "RAWCOR"],
    // Punctuation is ignored; apostrophes join.
    ["O'Neil & Sons", "ONESON"],
    ["Smith/Jones Ltd", "SMIJON"],
    // Numbers are words.
    ["ABC 2000 Company", "ABC200"],
    // Accents fold; AFESIP's facility names (an em dash is a separator, not a hyphen).
    ["Société Générale", "SOCGEN"],
    ["AFESIP Fair Fashion — Phnom Penh Atelier", "AFEFAI"],
  ])("%s → %s", (name, expected) => {
    expect(nameCode(name)).toBe(expected)
  })
})

describe("MID address part: first four digits of the largest number on the street address", () => {
  it.each([
    [["236 Wendell Ford Blvd Ste 1304"], "1304"],
    [["236 Wendell Ford Blvd", "Suite 1000"], "1000"],
    [["11455 Main Street", "Suite 9999"], "1145"],
    [["49 250th St"], "49"],
    [["7 12th street"], "7"],
    [["3rd Floor, 18 Rue de la Paix"], "18"],
    [["Room 1342-49, Block C"], "1342"],
    [["No. 12-14, Street 371"], "371"],
    [["Street 598", "Sangkat Chrang Chamreh"], "598"],
    [["Tloc Chreau village", "Kang Meas district"], ""],
    [["One World Trade Center"], ""],
    [["Unit 007"], "7"],
    [[null, undefined, "92, Alice Springs Road"], "92"],
  ])("%j → %p", (lines, expected) => {
    expect(midAddressNumber(lines)).toBe(expected)
  })
})

describe("MID city part: first three letters of the city", () => {
  it.each([
    ["Phnom Penh", "PHN"],
    ["St. Louis", "STL"],
    ["Kampong Cham", "KAM"],
    ["Ho Chi Minh City", "HOC"],
    ["Zürich", "ZUR"],
  ])("%s → %s", (city, expected) => {
    expect(midCity(city)).toBe(expected)
  })
})

describe("building the whole MID", () => {
  it.each([
    [
      { country_code: "kh", name: "AFESIP Fair Fashion — Finishing & Export Centre", address_lines: ["Street 598", "Sangkat Chrang Chamreh"], city: "Phnom Penh" },
      "KHAFEFAI598PHN",
    ],
    [
      { country_code: "KH", name: "AFESIP Fair Fashion — Tloc Chreau Silk Workshop", address_lines: ["Tloc Chreau village", "Kang Meas district"], city: "Kampong Cham" },
      "KHAFEFAIKAM",
    ],
    [{ country_code: "US", name: "DHL Express", address_lines: ["236 Wendell Ford Blvd Ste 1304"], city: "Erlanger" }, "USDHLEXP1304ERL"],
    [{ country_code: "CA", province: "Ontario", name: "Maple Leaf Foods", address_lines: ["6985 Financial Drive"], city: "Mississauga" }, "XOMAPLEA6985MIS"],
    [{ country_code: "CA", province: "XQ", name: "Bergstrom", address_lines: ["12 Rue Principale"], city: "Québec" }, "XQBER12QUE"],
  ])("%j → %s", (input, expected) => {
    const result = buildMid(input)
    expect(result).toEqual(expect.objectContaining({ ok: true, mid: expected }))
    if (result.ok) expect(result.mid.length).toBeLessThanOrEqual(15)
  })

  it.each([
    [{ country_code: "Cambodia", name: "AFESIP", address_lines: [], city: "Phnom Penh" }, /two-letter ISO country/],
    [{ country_code: "CA", name: "Bergstrom", address_lines: ["1 Main St"], city: "Toronto" }, /province/],
    [{ country_code: "KH", name: "The & Of", address_lines: [], city: "Phnom Penh" }, /no words/],
    [{ country_code: "KH", name: "AFESIP Fair Fashion", address_lines: ["Street 598"], city: "  " }, /city/],
  ])("refuses %j", (input, message) => {
    const result = buildMid(input)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(message)
  })
})

describe("hand-entered MIDs", () => {
  it.each([
    ["KHAFEFAI598PHN", true],
    ["KHAFE", true],
    ["khafefai598phn", false],
    ["KH AFEFAI 598 PHN", false],
    ["KHAFEFAI598PHNXX", false],
    ["K", false],
  ])("%s valid: %p", (mid, valid) => {
    expect(checkMidFormat(mid) === null).toBe(valid)
  })
})
