"use client"

import { useTranslations } from "next-intl"
import { sendPasswordChangeLink, updateProfile } from "@/lib/actions/account"
import { Field, FormAlert, FormStatus, SubmitButton, useAccountForm } from "./form-parts"

export function ProfileForm({ firstName, lastName, phone }: { firstName: string; lastName: string; phone: string }) {
  const t = useTranslations("account")
  const { state, formAction, pending, onSubmit, formRef } = useAccountForm(updateProfile)
  const v = state.values ?? { first_name: firstName, last_name: lastName, phone }
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-5" data-testid="profile-form">
      <FormAlert state={state} />
      <FormStatus testId="profile-saved" message={state.ok ? t("profile.saved") : null} />
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="profile-first-name" name="first_name" label={t("fields.first_name")} autoComplete="given-name" required
          defaultValue={v.first_name} error={state.fields?.first_name} maxLength={80} />
        <Field id="profile-last-name" name="last_name" label={t("fields.last_name")} autoComplete="family-name" required
          defaultValue={v.last_name} error={state.fields?.last_name} maxLength={80} />
      </div>
      <Field id="profile-phone" name="phone" type="tel" label={t("fields.phone")} autoComplete="tel"
        defaultValue={v.phone} error={state.fields?.phone} maxLength={30} />
      <SubmitButton pending={pending} label={t("profile.save")} pendingLabel={t("common.saving")} testId="profile-save" />
    </form>
  )
}

/** Changing the password goes through the emailed reset link: proof that she still holds the address. */
export function PasswordLinkForm({ countryCode, email }: { countryCode: string; email: string }) {
  const t = useTranslations("account")
  const { state, formAction, pending, onSubmit, formRef } = useAccountForm(sendPasswordChangeLink)
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} className="space-y-4" data-testid="password-link-form">
      <FormAlert state={state} />
      <FormStatus message={state.ok ? t("profile.passwordSent", { email }) : null} />
      <input type="hidden" name="countryCode" value={countryCode} />
      <p className="text-sm text-ink-700">{t("profile.passwordText")}</p>
      <SubmitButton pending={pending} label={t("profile.passwordSend")} pendingLabel={t("profile.passwordSending")}
        className="inline-flex min-h-11 items-center rounded-full border border-ink-900 px-5 text-sm font-semibold hover:bg-sand-100 aria-disabled:opacity-60" />
    </form>
  )
}
