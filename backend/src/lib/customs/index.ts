/**
 * Customs rules for AFESIP's exports: pure functions and dated data, no
 * Medusa imports. Documented in docs/export-paperwork.md. Carton measures
 * (CBM, volumetric weight) are in ./measures, beside the shipping rule; the
 * PDFs (./pdf) are imported on their own, so the rules stay free of pdfkit.
 */
export * from "./care-symbols"
export * from "./classification"
export * from "./detail"
export * from "./duties"
export * from "./exporter"
export * from "./export-profile"
export * from "./fibres"
export * from "./issues"
export * from "./measures"
export * from "./mid"
export * from "./paperwork"
export * from "./preference"
export * from "./preference-rules"
export * from "./tariff"
export * from "./tax-ids"
