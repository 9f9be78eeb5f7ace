/**
 * Reasons offered when the shop has defined no return reasons in the Admin.
 * The buyer sees them translated (account.returns.reasons.*); staff read the
 * English label in the returned item's note.
 */
export const BUILT_IN_RETURN_REASONS = {
  too_small: "Too small",
  too_large: "Too large",
  not_as_described: "Not as described",
  damaged: "Arrived damaged or faulty",
  changed_mind: "Changed my mind",
  other: "Other",
} as const

export type BuiltInReturnReason = keyof typeof BUILT_IN_RETURN_REASONS

export const BUILT_IN_RETURN_REASON_CODES = Object.keys(BUILT_IN_RETURN_REASONS) as BuiltInReturnReason[]
