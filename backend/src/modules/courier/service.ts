import type {
  CalculatedShippingOptionPrice,
  CalculateShippingOptionPriceDTO,
  CreateFulfillmentResult,
  CreateShippingOptionDTO,
  FulfillmentDTO,
  FulfillmentItemDTO,
  FulfillmentOption,
  FulfillmentOrderDTO,
  Logger,
  ValidateFulfillmentDataContext,
} from "@medusajs/framework/types"
import { AbstractFulfillmentProviderService, MedusaError } from "@medusajs/framework/utils"
import { packParcel, parcelItemsFromCart, quoteService, type CartItemForParcel } from "../../lib/parcel"
import { allCourierOptions, findRate, SERVICE_LABELS } from "./rates"

type InjectedDependencies = { logger: Logger }

type Label = { tracking_number: string; tracking_url: string; label_url: string }

/** Tracking details staff may hand over with a fulfillment. */
export type CourierTracking = { carrier?: string; tracking_number?: string; tracking_url?: string }

const text = (value: unknown): string | undefined => (typeof value === "string" && value.trim() ? value.trim() : undefined)

/** carrier / tracking_number / tracking_url from an object, ignoring anything that is not a non-empty string. */
export function readTracking(source: unknown): CourierTracking {
  const record = source && typeof source === "object" ? (source as Record<string, unknown>) : {}
  const tracking: CourierTracking = {}
  for (const key of ["carrier", "tracking_number", "tracking_url"] as const) {
    const value = text(record[key])
    if (value) tracking[key] = value
  }
  return tracking
}

/**
 * Labels as the fulfillment module hands them over (an array, or an ORM
 * collection), copied without their ids: the module stores the provider's
 * labels as the fulfillment's new set, and would refuse to insert an id that
 * already exists.
 */
function labelList(labels: unknown): Label[] {
  const list: unknown[] = Array.isArray(labels)
    ? labels
    : labels && typeof (labels as { getItems?: unknown }).getItems === "function"
      ? (labels as { getItems: () => unknown[] }).getItems()
      : []
  return list.flatMap((l) => {
    const label = (l ?? {}) as Record<string, unknown>
    const tracking_number = text(label.tracking_number)
    if (!tracking_number) return []
    return [
      {
        tracking_number,
        tracking_url: text(label.tracking_url) ?? "",
        label_url: text(label.label_url) ?? "",
      },
    ]
  })
}

/**
 * Courier shipping from Phnom Penh with calculated prices: each shipping option
 * names a zone and a service in its `data` ({ zone: "EU", service: "express", … });
 * the price comes from the cart's parcel (src/lib/parcel.ts) and the rate table
 * (./rates.ts). Registered in medusa-config.ts with id "afesip", so shipping
 * options reference it as "courier_afesip".
 */
export class CourierFulfillmentService extends AbstractFulfillmentProviderService {
  static override identifier = "courier"

  protected logger_: Logger

  constructor({ logger }: InjectedDependencies) {
    super()
    this.logger_ = logger
  }

  override async getFulfillmentOptions(): Promise<FulfillmentOption[]> {
    return allCourierOptions()
  }

  /** True when the option data names a zone and service of the rate table. */
  override async validateOption(data: Record<string, unknown>): Promise<boolean> {
    return !!findRate(data?.zone, data?.service)
  }

  /**
   * Every option of this provider is priced by calculation. Medusa asks this
   * when an option is created or updated as "calculated": data naming an
   * unknown zone or service is refused there; an update that leaves the data
   * alone (e.g. a rename) passes.
   */
  override async canCalculate(data: CreateShippingOptionDTO): Promise<boolean> {
    if (data?.data === undefined) return true
    return this.validateOption(data.data ?? {})
  }

  /**
   * Called when a buyer picks the option: the shipping method keeps only the
   * zone and service (whatever else the buyer sends is dropped; tracking is
   * for staff to add).
   */
  override async validateFulfillmentData(
    optionData: Record<string, unknown>,
    _data: Record<string, unknown>,
    _context: ValidateFulfillmentDataContext
  ): Promise<Record<string, unknown>> {
    const found = findRate(optionData?.zone, optionData?.service)
    if (!found) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Courier shipping option has an unknown zone or service (${String(optionData?.zone)} / ${String(optionData?.service)})`
      )
    }
    return { zone: found.zone.code, service: found.service }
  }

  override async calculatePrice(
    optionData: CalculateShippingOptionPriceDTO["optionData"],
    _data: CalculateShippingOptionPriceDTO["data"],
    context: CalculateShippingOptionPriceDTO["context"]
  ): Promise<CalculatedShippingOptionPrice> {
    const found = findRate(optionData?.zone, optionData?.service)
    if (!found) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Courier shipping option has an unknown zone or service (${String(optionData?.zone)} / ${String(optionData?.service)})`
      )
    }
    const currency = text(context?.currency_code)
    if (!currency) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "A courier price needs the cart's currency")
    }
    const parcel = packParcel(parcelItemsFromCart(context.items as CartItemForParcel[] | undefined))
    if (parcel.defaults.length) {
      const list = parcel.defaults.map((d) => `${d.ref} (no ${d.missing.join(", no ")})`).join("; ")
      this.logger_.warn(
        `[courier] cart ${String(context.id ?? "?")}: catalog figures missing, default unit used for ${list}. ` +
          "Enter the variant's weight (g) and length × width × height (cm) in the Admin."
      )
    }
    const label = `${SERVICE_LABELS[found.service]} shipping to ${found.zone.region}`
    const quote = quoteService(found.rate, currency, parcel.chargeableKg)
    if (!quote.ok) {
      if (quote.reason === "over_limit") {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `${label} takes parcels up to ${quote.maxKg} kg; this order weighs ${quote.chargeableKg} kg as the courier counts it. ` +
            "Choose another service or split the order."
        )
      }
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${label} has no price in ${quote.currency.toUpperCase()}`)
    }
    return { calculated_amount: quote.amount, is_calculated_price_tax_inclusive: found.zone.prices_include_tax }
  }

  /**
   * Nothing is booked with the courier from here: staff hand the parcel over
   * and enter its carrier and tracking number. Those may come in the shipping
   * method's data, the fulfillment's labels or the workflow's additional_data
   * ({ carrier, tracking_number, tracking_url }); they are kept in the
   * fulfillment's data, and a tracking number becomes a label.
   */
  override async createFulfillment(
    data: Record<string, unknown>,
    _items: Partial<Omit<FulfillmentItemDTO, "fulfillment">>[],
    _order: Partial<FulfillmentOrderDTO> | undefined,
    fulfillment: Partial<Omit<FulfillmentDTO, "provider_id" | "data" | "items">>,
    additionalData?: Record<string, unknown>
  ): Promise<CreateFulfillmentResult> {
    const tracking = { ...readTracking(data), ...readTracking(additionalData) }
    const labels = labelList(fulfillment?.labels)
    if (tracking.tracking_number && !labels.some((l) => l.tracking_number === tracking.tracking_number)) {
      labels.push({ tracking_number: tracking.tracking_number, tracking_url: tracking.tracking_url ?? "", label_url: "" })
    }
    const first = labels[0]
    return {
      data: {
        ...(data ?? {}),
        ...tracking,
        ...(!tracking.tracking_number && first ? { tracking_number: first.tracking_number } : {}),
        ...(!tracking.tracking_url && first?.tracking_url ? { tracking_url: first.tracking_url } : {}),
      },
      labels: labels as CreateFulfillmentResult["labels"],
    }
  }

  override async cancelFulfillment(): Promise<Record<string, unknown>> {
    return {}
  }

  override async createReturnFulfillment(): Promise<CreateFulfillmentResult> {
    return { data: {}, labels: [] }
  }
}

export default CourierFulfillmentService
