/**
 * Customs rules for AFESIP's exports: pure functions and dated data, no
 * Medusa imports. Documented in docs/export-paperwork.md. Carton measures
 * (CBM, volumetric weight) are in ./measures, beside the shipping rule.
 */
export * from "./care-symbols"
export * from "./classification"
export * from "./detail"
export * from "./exporter"
export * from "./fibres"
export * from "./issues"
export * from "./mid"
export * from "./preference"
export * from "./preference-rules"
export * from "./tariff"
