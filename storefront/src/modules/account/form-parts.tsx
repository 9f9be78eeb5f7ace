"use client"

import { useTranslations } from "next-intl"
import { startTransition, useActionState, useEffect, useRef } from "react"
import type { AccountError, AccountFormState, FieldError } from "@/lib/actions/account"

type Action = (prev: AccountFormState, form: FormData) => Promise<AccountFormState>

/**
 * A form bound to an account server action. Without JavaScript the form posts
 * to the action as usual; with it, the submit is dispatched by hand so React
 * does not reset the fields, and focus goes to the first field in error.
 */
export function useAccountForm(action: Action, initial: AccountFormState = {}) {
  const [state, formAction, pending] = useActionState(action, initial)
  const formRef = useRef<HTMLFormElement>(null)
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (pending) return
    const data = new FormData(event.currentTarget)
    startTransition(() => formAction(data))
  }
  useEffect(() => {
    if (!state.fields) return
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [state])
  return { state, formAction, pending, onSubmit, formRef }
}

/** The translated message of an action error. */
export function useErrorText() {
  const t = useTranslations("account")
  return (error: AccountError | undefined, minutes?: number) => {
    if (!error) return null
    if (error === "tooManyAttempts") return minutes ? t("errors.tooManyAttempts", { minutes }) : t("errors.tooManyAttemptsLater")
    return t(`errors.${error}`)
  }
}

/** A live region that stays in the page even when empty, so screen readers notice when it fills. */
function LiveRegion({ kind, message, testId, className }: { kind: "alert" | "status"; message: React.ReactNode | null; testId?: string; className: string }) {
  return (
    <div role={kind} aria-live={kind === "alert" ? "assertive" : "polite"} data-testid={testId} className={message ? className : "sr-only"}>
      {message}
    </div>
  )
}

/** Errors are announced as soon as they appear. */
export function FormAlert({ state, testId = "account-error" }: { state: Pick<AccountFormState, "error" | "minutes">; testId?: string }) {
  const message = useErrorText()(state.error, state.minutes)
  return <LiveRegion kind="alert" message={message} testId={testId} className="rounded-xl border border-lotus-700/40 bg-lotus-500/10 p-4 text-sm font-semibold text-lotus-700" />
}

/** A polite confirmation. */
export function FormStatus({ message, testId }: { message: React.ReactNode | null; testId?: string }) {
  return <LiveRegion kind="status" message={message} testId={testId} className="rounded-xl border border-jade-700/30 bg-jade-600/10 p-4 text-sm font-semibold text-jade-700" />
}

export const inputClass = "mt-1 min-h-11 w-full rounded-lg border border-ink-900/20 bg-white px-3 aria-[invalid=true]:border-lotus-700"

export function Field({
  id,
  name,
  label,
  type = "text",
  autoComplete,
  required = false,
  defaultValue,
  error,
  hint,
  className,
  maxLength,
}: {
  id: string
  name: string
  label: string
  type?: string
  autoComplete?: string
  required?: boolean
  defaultValue?: string
  error?: FieldError
  hint?: string
  className?: string
  maxLength?: number
}) {
  const t = useTranslations("account")
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
        {!required && <span className="font-normal text-ink-500"> ({t("common.optional")})</span>}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        required={required}
        aria-required={required || undefined}
        defaultValue={defaultValue}
        maxLength={maxLength}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy}
        className={inputClass}
      />
      {hint && <p id={`${id}-hint`} className="mt-1 text-xs text-ink-500">{hint}</p>}
      {error && <p id={`${id}-error`} className="mt-1 text-sm text-lotus-700">{t(`fieldErrors.${error}`)}</p>}
    </div>
  )
}

export function SubmitButton({ pending, label, pendingLabel, testId, className }: { pending: boolean; label: string; pendingLabel: string; testId?: string; className?: string }) {
  return (
    <button
      type="submit"
      // Not `disabled`: a disabled button would drop the keyboard focus mid-submit.
      aria-disabled={pending}
      data-testid={testId}
      className={className ?? "inline-flex min-h-12 w-full items-center justify-center rounded-full bg-ink-900 px-6 font-semibold text-sand-50 hover:bg-ink-700 aria-disabled:opacity-60 sm:w-auto"}
    >
      {pending ? pendingLabel : label}
    </button>
  )
}
