import { cbm, chargeableWeightKg, volumetricWeightKg } from "../measures"

describe("carton measures use the courier divisor (L × W × H / 5000)", () => {
  it.each([
    [{ length_cm: 40, width_cm: 30, height_cm: 20 }, 0.024, 4.8],
    [{ length_cm: 60, width_cm: 40, height_cm: 40 }, 0.096, 19.2],
    [{ length_cm: 25, width_cm: 18, height_cm: 4 }, 0.0018, 0.36],
  ])("%j → %p m³, %p kg", (dims, m3, kg) => {
    expect(cbm(dims)).toBe(m3)
    expect(volumetricWeightKg(dims)).toBe(kg)
  })

  it("charges the greater of gross and volumetric weight", () => {
    expect(chargeableWeightKg(3, { length_cm: 40, width_cm: 30, height_cm: 20 })).toBe(4.8)
    expect(chargeableWeightKg(6.5, { length_cm: 40, width_cm: 30, height_cm: 20 })).toBe(6.5)
    expect(() => cbm({ length_cm: 0, width_cm: 30, height_cm: 20 })).toThrow()
  })
})
