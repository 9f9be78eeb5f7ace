import {
  CARRIER_CODES,
  CARRIER_LIST,
  CARRIERS,
  checkTrackingNumber,
  isHttpUrl,
  normalizeTrackingNumber,
  resolveShipmentCarrier,
  trackingUrlFor,
  UPU_TRACK_AND_TRACE_URL,
  type CarrierCode,
} from "../carriers"

describe("tracking number formats", () => {
  it.each<[CarrierCode, string, string | false]>([
    // DHL Express: 10-digit waybill
    ["dhl_express", "1234567890", "1234567890"],
    ["dhl_express", " 12 3456 7890 ", "1234567890"],
    ["dhl_express", "12-3456-7890", "1234567890"],
    ["dhl_express", "123456789", false],
    ["dhl_express", "12345678901", false],
    ["dhl_express", "JD014600006281234567", false],
    ["dhl_express", "12345678a0", false],
    // FedEx: 12, 15 or 20 digits
    ["fedex", "123456789012", "123456789012"],
    ["fedex", "1234 5678 9012", "123456789012"],
    ["fedex", "123456789012345", "123456789012345"],
    ["fedex", "12345678901234567890", "12345678901234567890"],
    ["fedex", "1234567890", false],
    ["fedex", "1234567890123", false],
    ["fedex", "12345678901234567", false],
    ["fedex", "1Z999AA10123456784", false],
    // UPS: 1Z + 16 letters or digits
    ["ups", "1Z999AA10123456784", "1Z999AA10123456784"],
    ["ups", "1z999aa10123456784", "1Z999AA10123456784"],
    ["ups", "1Z 999 AA1 01 2345 6784", "1Z999AA10123456784"],
    ["ups", "1Z999AA1012345678", false],
    ["ups", "1Z999AA101234567845", false],
    ["ups", "2Z999AA10123456784", false],
    ["ups", "1Z999AA1012345678!", false],
    // EMS (Cambodia Post): UPU S10
    ["ems", "EE123456789KH", "EE123456789KH"],
    ["ems", "ee123456789kh", "EE123456789KH"],
    ["ems", "EE 123 456 789 KH", "EE123456789KH"],
    ["ems", "RR987654321KH", "RR987654321KH"],
    ["ems", "EE12345678KH", false],
    ["ems", "EE1234567890KH", false],
    ["ems", "E1123456789KH", false],
    ["ems", "EE123456789K", false],
    ["ems", "1234567890", false],
    // Other: free text within reason, kept as typed
    ["other", "AB-12345", "AB-12345"],
    ["other", "  KH/2026/0042  ", "KH/2026/0042"],
    ["other", "ab  12", "ab 12"],
    ["other", "AB", false],
    ["other", "-AB12", false],
    ["other", "AB12<script>", false],
    ["other", "A".repeat(65), false],
    ["other", "A".repeat(64), "A".repeat(64)],
  ])("%s %p → %p", (code, raw, expected) => {
    const result = checkTrackingNumber(code, raw)
    if (expected === false) {
      expect(result.ok).toBe(false)
    } else {
      expect(result).toEqual({ ok: true, tracking_number: expected })
    }
  })

  it.each(CARRIER_CODES)("%s: its own example passes and an empty number is refused", (code) => {
    expect(checkTrackingNumber(code, CARRIERS[code].example)).toEqual({ ok: true, tracking_number: CARRIERS[code].example })
    expect(checkTrackingNumber(code, "   ")).toEqual({ ok: false, message: "Enter the tracking number." })
  })

  it("names the carrier, the format and an example when a number does not match", () => {
    const result = checkTrackingNumber("dhl_express", "12345")
    expect(result).toEqual({ ok: false, message: 'DHL Express tracking numbers are 10 digits (the waybill number), e.g. 1234567890; "12345" is not.' })
  })

  it("normalises known carriers' numbers but keeps Other's case", () => {
    expect(normalizeTrackingNumber("ups", " 1z 999-aa1 ")).toBe("1Z999AA1")
    expect(normalizeTrackingNumber("other", " ab-12 ")).toBe("ab-12")
  })
})

describe("tracking links", () => {
  it.each<[CarrierCode, string, string | null]>([
    ["dhl_express", "1234567890", "https://www.dhl.com/global-en/home/tracking/tracking-express.html?submit=1&tracking-id=1234567890"],
    ["fedex", "123456789012", "https://www.fedex.com/fedextrack/?trknbr=123456789012"],
    ["ups", "1Z999AA10123456784", "https://www.ups.com/track?tracknum=1Z999AA10123456784"],
    ["ems", "EE123456789KH", UPU_TRACK_AND_TRACE_URL],
    ["other", "AB-12345", null],
  ])("%s %s → %s", (code, number, url) => {
    expect(trackingUrlFor(code, number)).toBe(url)
  })

  it("every known carrier's link is https", () => {
    for (const carrier of CARRIER_LIST.filter((c) => c.code !== "other")) {
      expect(trackingUrlFor(carrier.code, carrier.example)).toMatch(/^https:\/\//)
    }
  })

  it.each([
    ["https://track.example/AB-12345", true],
    ["http://track.example/?n=1", true],
    ["javascript:alert(1)", false],
    ["ftp://track.example/1", false],
    ["track.example/1", false],
    ["", false],
  ])("isHttpUrl(%p) → %p", (value, expected) => {
    expect(isHttpUrl(value)).toBe(expected)
  })
})

describe("resolving what staff enter", () => {
  it.each([
    [
      "DHL Express with a spaced number",
      { carrier: "dhl_express" as const, tracking_number: "12 3456 7890" },
      {
        carrier_code: "dhl_express",
        carrier_name: "DHL Express",
        tracking_number: "1234567890",
        tracking_url: "https://www.dhl.com/global-en/home/tracking/tracking-express.html?submit=1&tracking-id=1234567890",
      },
    ],
    [
      "EMS",
      { carrier: "ems" as const, tracking_number: "ee123456789kh" },
      { carrier_code: "ems", carrier_name: "EMS (Cambodia Post)", tracking_number: "EE123456789KH", tracking_url: UPU_TRACK_AND_TRACE_URL },
    ],
    [
      "Other with a name and a link",
      { carrier: "other" as const, carrier_name: " Kerry Express ", tracking_number: "KEX-998877", tracking_url: "https://kerry.example/t/KEX-998877" },
      { carrier_code: "other", carrier_name: "Kerry Express", tracking_number: "KEX-998877", tracking_url: "https://kerry.example/t/KEX-998877" },
    ],
    [
      "Other without a link",
      { carrier: "other" as const, carrier_name: "Kerry Express", tracking_number: "KEX-998877", tracking_url: "  " },
      { carrier_code: "other", carrier_name: "Kerry Express", tracking_number: "KEX-998877", tracking_url: "" },
    ],
  ])("%s", (_title, input, value) => {
    expect(resolveShipmentCarrier(input)).toEqual({ ok: true, value })
  })

  it.each([
    ["an unknown carrier", { carrier: "usps" as CarrierCode, tracking_number: "1" }, ["carrier"]],
    ["a bad DHL number", { carrier: "dhl_express" as const, tracking_number: "123" }, ["tracking_number"]],
    ["Other without a name", { carrier: "other" as const, tracking_number: "KEX-998877" }, ["carrier_name"]],
    ["Other with a blank name", { carrier: "other" as const, carrier_name: "  ", tracking_number: "KEX-998877" }, ["carrier_name"]],
    ["Other with a too long name", { carrier: "other" as const, carrier_name: "K".repeat(81), tracking_number: "KEX-998877" }, ["carrier_name"]],
    ["Other with a non-http link", { carrier: "other" as const, carrier_name: "Kerry", tracking_number: "KEX-998877", tracking_url: "javascript:alert(1)" }, ["tracking_url"]],
    ["a link with a known carrier", { carrier: "fedex" as const, tracking_number: "123456789012", tracking_url: "https://x.example" }, ["tracking_url"]],
    ["a name with a known carrier", { carrier: "ups" as const, carrier_name: "UPS", tracking_number: "1Z999AA10123456784" }, ["carrier_name"]],
    ["Other with neither name nor a valid number", { carrier: "other" as const, tracking_number: "A" }, ["carrier_name", "tracking_number"]],
  ])("refuses %s", (_title, input, paths) => {
    const result = resolveShipmentCarrier(input)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.issues.map((i) => i.path)).toEqual(paths)
      for (const issue of result.issues) expect(issue.message.length).toBeGreaterThan(10)
    }
  })
})
