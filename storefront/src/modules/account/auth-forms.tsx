"use client"

import Link from "next/link"
import { useTranslations } from "next-intl"
import { login, register, requestPasswordReset, resetPassword } from "@/lib/actions/account"
import { Field, FormAlert, FormStatus, SubmitButton, useAccountForm } from "./form-parts"

const withNext = (path: string, next: string | null) => (next ? `${path}?next=${encodeURIComponent(next)}` : path)

export function LoginForm({ countryCode, next, defaultEmail }: { countryCode: string; next: string | null; defaultEmail?: string }) {
  const t = useTranslations("account")
  const { state, formAction, pending, onSubmit, formRef } = useAccountForm(login)
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-5" data-testid="login-form">
      <FormAlert state={state} />
      <input type="hidden" name="countryCode" value={countryCode} />
      {next && <input type="hidden" name="next" value={next} />}
      <Field id="login-email" name="email" type="email" label={t("fields.email")} autoComplete="email" required
        defaultValue={state.values?.email ?? defaultEmail} error={state.fields?.email} maxLength={254} />
      <Field id="login-password" name="password" type="password" label={t("fields.password")} autoComplete="current-password" required
        error={state.fields?.password} />
      <div className="flex flex-wrap items-center justify-between gap-4">
        <SubmitButton pending={pending} label={t("login.submit")} pendingLabel={t("login.submitting")} testId="login-submit" />
        <Link href={`/${countryCode}/account/forgot-password`} className="inline-flex min-h-11 items-center text-sm font-semibold text-lotus-700 underline underline-offset-4">
          {t("login.forgot")}
        </Link>
      </div>
      <p className="border-t border-ink-900/10 pt-5 text-sm">
        {t("login.noAccount")}{" "}
        <Link href={withNext(`/${countryCode}/account/register`, next)} data-testid="register-link" className="inline-flex min-h-11 items-center font-semibold text-lotus-700 underline underline-offset-4">
          {t("login.register")}
        </Link>
      </p>
    </form>
  )
}

export function RegisterForm({ countryCode, next }: { countryCode: string; next: string | null }) {
  const t = useTranslations("account")
  const { state, formAction, pending, onSubmit, formRef } = useAccountForm(register)
  const v = state.values ?? {}
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-5" data-testid="register-form">
      <FormAlert state={state} />
      <input type="hidden" name="countryCode" value={countryCode} />
      {next && <input type="hidden" name="next" value={next} />}
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="register-first-name" name="first_name" label={t("fields.first_name")} autoComplete="given-name" required
          defaultValue={v.first_name} error={state.fields?.first_name} maxLength={80} />
        <Field id="register-last-name" name="last_name" label={t("fields.last_name")} autoComplete="family-name" required
          defaultValue={v.last_name} error={state.fields?.last_name} maxLength={80} />
      </div>
      <Field id="register-email" name="email" type="email" label={t("fields.email")} autoComplete="email" required
        defaultValue={v.email} error={state.fields?.email} maxLength={254} />
      <Field id="register-password" name="password" type="password" label={t("fields.password")} autoComplete="new-password" required
        hint={t("fields.passwordHint")} error={state.fields?.password} />
      <p className="text-xs text-ink-500">{t("register.privacy")}</p>
      <SubmitButton pending={pending} label={t("register.submit")} pendingLabel={t("register.submitting")} testId="register-submit" />
      {state.error === "emailTaken" && (
        <p className="text-sm">
          <Link href={withNext(`/${countryCode}/account/login`, next)} className="inline-flex min-h-11 items-center font-semibold text-lotus-700 underline underline-offset-4">{t("register.signIn")}</Link>
          {" · "}
          <Link href={`/${countryCode}/account/forgot-password`} className="inline-flex min-h-11 items-center font-semibold text-lotus-700 underline underline-offset-4">{t("login.forgot")}</Link>
        </p>
      )}
      <p className="border-t border-ink-900/10 pt-5 text-sm">
        {t("register.haveAccount")}{" "}
        <Link href={withNext(`/${countryCode}/account/login`, next)} className="inline-flex min-h-11 items-center font-semibold text-lotus-700 underline underline-offset-4">
          {t("register.signIn")}
        </Link>
      </p>
    </form>
  )
}

export function ForgotPasswordForm({ countryCode, defaultEmail }: { countryCode: string; defaultEmail?: string }) {
  const t = useTranslations("account")
  const { state, formAction, pending, onSubmit, formRef } = useAccountForm(requestPasswordReset)
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-5" data-testid="forgot-form">
      <FormAlert state={state} />
      <FormStatus testId="forgot-sent" message={state.ok ? t("forgot.sent", { email: state.values?.email ?? "" }) : null} />
      <input type="hidden" name="countryCode" value={countryCode} />
      <Field id="forgot-email" name="email" type="email" label={t("fields.email")} autoComplete="email" required
        defaultValue={state.values?.email ?? defaultEmail} error={state.fields?.email} maxLength={254} />
      <div className="flex flex-wrap items-center justify-between gap-4">
        <SubmitButton pending={pending} label={t("forgot.submit")} pendingLabel={t("forgot.submitting")} testId="forgot-submit" />
        <Link href={`/${countryCode}/account/login`} className="inline-flex min-h-11 items-center text-sm font-semibold text-lotus-700 underline underline-offset-4">
          {t("forgot.back")}
        </Link>
      </div>
    </form>
  )
}

export function ResetPasswordForm({ countryCode, token, email }: { countryCode: string; token: string; email: string }) {
  const t = useTranslations("account")
  const { state, formAction, pending, onSubmit, formRef } = useAccountForm(resetPassword)
  const signIn = `/${countryCode}/account/login?email=${encodeURIComponent(email)}`
  if (state.ok) {
    return (
      <div className="space-y-5">
        <FormStatus testId="reset-done" message={t("reset.done")} />
        <Link href={signIn} data-testid="reset-sign-in" className="inline-flex min-h-12 items-center rounded-full bg-ink-900 px-6 font-semibold text-sand-50 hover:bg-ink-700">
          {t("reset.signIn")}
        </Link>
      </div>
    )
  }
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-5" data-testid="reset-form">
      <FormAlert state={state} />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="email" value={email} />
      {/* Lets password managers file the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field id="reset-password" name="password" type="password" label={t("fields.newPassword")} autoComplete="new-password" required
        hint={t("fields.passwordHint")} error={state.fields?.password} />
      <Field id="reset-confirm" name="confirm" type="password" label={t("fields.confirmPassword")} autoComplete="new-password" required
        error={state.fields?.confirm} />
      <SubmitButton pending={pending} label={t("reset.submit")} pendingLabel={t("reset.submitting")} testId="reset-submit" />
      {state.error === "linkExpired" && (
        <p>
          <Link href={`/${countryCode}/account/forgot-password`} className="inline-flex min-h-11 items-center text-sm font-semibold text-lotus-700 underline underline-offset-4">
            {t("reset.newLink")}
          </Link>
        </p>
      )}
    </form>
  )
}
