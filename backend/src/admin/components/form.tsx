import { Hint, Input, Label, Select, Text, Textarea, clx } from "@medusajs/ui"
import { useId, type ReactNode } from "react"
import type { Localized } from "../lib/api"

/** A labelled form control with an optional hint and error, laid out like the dashboard's Form.Item. */
export const Field = ({
  label,
  hint,
  error,
  optional,
  children,
  className,
  htmlFor,
}: {
  label: ReactNode
  hint?: ReactNode
  error?: string | null
  optional?: boolean
  children: ReactNode
  className?: string
  htmlFor?: string
}) => (
  <div className={clx("flex flex-col gap-y-2", className)}>
    <Label size="small" weight="plus" htmlFor={htmlFor}>
      {label}
      {optional && <span className="text-ui-fg-muted font-normal"> (optional)</span>}
    </Label>
    {children}
    {hint && !error && <Hint>{hint}</Hint>}
    {error && <Hint variant="error">{error}</Hint>}
  </div>
)

export const TextField = ({
  label,
  value,
  onChange,
  hint,
  error,
  optional,
  type = "text",
  placeholder,
  ...rest
}: {
  label: ReactNode
  value: string
  onChange: (value: string) => void
  hint?: ReactNode
  error?: string | null
  optional?: boolean
  type?: "text" | "number" | "email"
  placeholder?: string
  min?: number
  max?: number
  step?: number | "any"
  autoComplete?: string
}) => {
  const id = useId()
  return (
    <Field label={label} hint={hint} error={error} optional={optional} htmlFor={id}>
      <Input
        id={id}
        type={type}
        value={value}
        placeholder={placeholder}
        aria-invalid={!!error}
        onChange={(e) => onChange(e.target.value)}
        {...rest}
      />
    </Field>
  )
}

export const TextareaField = ({
  label,
  value,
  onChange,
  hint,
  optional,
  rows = 4,
  placeholder,
}: {
  label: ReactNode
  value: string
  onChange: (value: string) => void
  hint?: ReactNode
  optional?: boolean
  rows?: number
  placeholder?: string
}) => {
  const id = useId()
  return (
    <Field label={label} hint={hint} optional={optional} htmlFor={id}>
      <Textarea id={id} rows={rows} value={value} placeholder={placeholder} onChange={(e) => onChange(e.target.value)} />
    </Field>
  )
}

/** English and French versions of one text, side by side. */
export const LocalizedField = ({
  label,
  value,
  onChange,
  hint,
  error,
  multiline,
  rows = 5,
  optional,
}: {
  label: string
  value: Localized
  onChange: (value: Localized) => void
  hint?: ReactNode
  error?: string | null
  multiline?: boolean
  rows?: number
  optional?: boolean
}) => {
  const enId = useId()
  const frId = useId()
  const control = (lang: "en" | "fr", id: string) =>
    multiline ? (
      <Textarea id={id} rows={rows} value={value[lang]} onChange={(e) => onChange({ ...value, [lang]: e.target.value })} />
    ) : (
      <Input
        id={id}
        value={value[lang]}
        aria-invalid={!!error && !value[lang].trim()}
        onChange={(e) => onChange({ ...value, [lang]: e.target.value })}
      />
    )
  return (
    <fieldset className="flex flex-col gap-y-2">
      <legend className="mb-2">
        <Label size="small" weight="plus">
          {label}
          {optional && <span className="text-ui-fg-muted font-normal"> (optional)</span>}
        </Label>
      </legend>
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        <div className="flex flex-col gap-y-1">
          <Label htmlFor={enId} size="xsmall" className="text-ui-fg-subtle">
            English
          </Label>
          {control("en", enId)}
        </div>
        <div className="flex flex-col gap-y-1">
          <Label htmlFor={frId} size="xsmall" className="text-ui-fg-subtle">
            Français
          </Label>
          {control("fr", frId)}
        </div>
      </div>
      {hint && !error && <Hint>{hint}</Hint>}
      {error && <Hint variant="error">{error}</Hint>}
    </fieldset>
  )
}

export type Option = { value: string; label: string }

/** Sentinel for "no value": Radix Select items cannot have an empty value. */
const NONE = "__none__"

export const SelectField = ({
  label,
  value,
  onChange,
  options,
  placeholder = "Select…",
  hint,
  error,
  noneLabel,
  optional,
  disabled,
}: {
  label: ReactNode
  value: string | null
  onChange: (value: string | null) => void
  options: Option[]
  placeholder?: string
  hint?: ReactNode
  error?: string | null
  /** When set, offers an explicit "none" choice with this label. */
  noneLabel?: string
  optional?: boolean
  disabled?: boolean
}) => {
  const id = useId()
  return (
    <Field label={label} hint={hint} error={error} optional={optional} htmlFor={id}>
      <Select
        value={value ?? (noneLabel ? NONE : undefined)}
        onValueChange={(v) => onChange(v === NONE ? null : v)}
        disabled={disabled}
      >
        <Select.Trigger id={id} aria-invalid={!!error}>
          <Select.Value placeholder={placeholder} />
        </Select.Trigger>
        <Select.Content>
          {noneLabel && <Select.Item value={NONE}>{noneLabel}</Select.Item>}
          {options.map((o) => (
            <Select.Item key={o.value} value={o.value}>
              {o.label}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </Field>
  )
}

/** A titled group of fields inside a form. */
export const FormGroup = ({
  title,
  description,
  children,
  className,
}: {
  title: string
  description?: ReactNode
  children: ReactNode
  className?: string
}) => (
  <section className={clx("flex flex-col gap-y-4", className)}>
    <div className="flex flex-col gap-y-1">
      <Text size="base" weight="plus">
        {title}
      </Text>
      {description && (
        <Text size="small" className="text-ui-fg-subtle">
          {description}
        </Text>
      )}
    </div>
    {children}
  </section>
)

export const emptyLocalized = (): Localized => ({ en: "", fr: "" })

export const toLocalized = (value: unknown): Localized => {
  const v = (value ?? {}) as Partial<Localized>
  return { en: typeof v.en === "string" ? v.en : "", fr: typeof v.fr === "string" ? v.fr : "" }
}

/** A number input's text as a number, or null when empty or invalid. */
export const parseNumber = (text: string): number | null => {
  if (text.trim() === "") return null
  const n = Number(text)
  return Number.isFinite(n) ? n : null
}

export const numberText = (value: number | null | undefined): string => (value == null ? "" : String(value))
