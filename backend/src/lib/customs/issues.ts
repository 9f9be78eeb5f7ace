/** One problem with customs data: where it is (a dotted path), a stable code and a sentence for staff. */
export type Issue = { path: string; code: string; message: string }

/** Blocking problems and advice; only `errors` stop a save. */
export type CheckResult = { errors: Issue[]; warnings: Issue[] }

/** All error messages as one sentence list, for a 400 response. */
export const describeIssues = (issues: readonly Issue[]) => issues.map((i) => i.message).join(" ")
