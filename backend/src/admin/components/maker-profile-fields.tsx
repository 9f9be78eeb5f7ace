import { Trash } from "@medusajs/icons"
import { Button, IconButton, Input, Label } from "@medusajs/ui"
import { PHOTO_MODES } from "../../modules/maker/consent"
import type { AdminFacility, AdminMaker, AdminTeam, Localized, MakerProfilePayload, NameDisplay, PhotoMode } from "../lib/api"
import { localizedText, NAME_DISPLAY_LABELS, PHOTO_MODE_LABELS } from "../lib/format"
import { Field, FormGroup, LocalizedField, SelectField, TextField, emptyLocalized, toLocalized } from "./form"

export type MakerProfileForm = {
  handle: string
  code: string
  display_name: string
  name_display: NameDisplay
  role: Localized
  skills: Localized[]
  start_year: string
  story: Localized
  photo_mode: PhotoMode
  facility_id: string | null
  team_id: string | null
}

export type MakerProfileErrors = Partial<Record<keyof MakerProfileForm, string>>

export const emptyMakerProfile = (): MakerProfileForm => ({
  handle: "",
  code: "",
  display_name: "",
  name_display: "pseudonym",
  role: emptyLocalized(),
  skills: [],
  start_year: "",
  story: emptyLocalized(),
  photo_mode: "illustration",
  facility_id: null,
  team_id: null,
})

export const makerProfileFromMaker = (m: AdminMaker): MakerProfileForm => ({
  handle: m.handle,
  code: m.code,
  display_name: m.display_name,
  name_display: m.name_display ?? "pseudonym",
  role: toLocalized(m.role),
  skills: Array.isArray(m.skills) ? m.skills.map(toLocalized) : [],
  start_year: m.start_year == null ? "" : String(m.start_year),
  story: toLocalized(m.story),
  photo_mode: m.photo_mode,
  facility_id: m.facility_id ?? m.facility?.id ?? null,
  team_id: m.team_id ?? m.team?.id ?? null,
})

const trimLocalized = (l: Localized): Localized => ({ en: l.en.trim(), fr: l.fr.trim() })

export const makerProfilePayload = (f: MakerProfileForm): MakerProfilePayload => ({
  handle: f.handle.trim(),
  code: f.code.trim(),
  display_name: f.display_name.trim(),
  name_display: f.name_display,
  role: trimLocalized(f.role),
  skills: f.skills.map(trimLocalized).filter((s) => s.en || s.fr),
  start_year: f.start_year.trim() === "" ? null : Number(f.start_year),
  story: trimLocalized(f.story),
  photo_mode: f.photo_mode,
  facility_id: f.facility_id ?? "",
  team_id: f.team_id,
})

const HANDLE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const CODE_PATTERN = /^AFF-[A-Z0-9-]{2,16}$/
/** AFESIP began in 2003 (the API refuses earlier start years). */
const FIRST_YEAR = 2003

export const validateMakerProfile = (f: MakerProfileForm): MakerProfileErrors => {
  const errors: MakerProfileErrors = {}
  if (!f.display_name.trim()) errors.display_name = "Enter the name she chose to be known by."
  else if (f.display_name.trim().length > 60) errors.display_name = "Keep the display name to 60 characters."
  if (!f.handle.trim()) errors.handle = "Enter a handle for her page address."
  else if (!HANDLE_PATTERN.test(f.handle.trim())) errors.handle = "Use lowercase letters, digits and single hyphens."
  if (!CODE_PATTERN.test(f.code.trim())) errors.code = "Enter the hang-tag code, e.g. AFF-M07."
  if (!f.role.en.trim() || !f.role.fr.trim()) errors.role = "Enter her role in English and French."
  if (f.skills.some((s) => !!s.en.trim() !== !!s.fr.trim())) errors.skills = "Give each skill in both English and French."
  if (!f.facility_id) errors.facility_id = "Choose her facility."
  if (f.start_year.trim() !== "") {
    const year = Number(f.start_year)
    if (!Number.isInteger(year) || year < FIRST_YEAR || year > new Date().getFullYear()) {
      errors.start_year = `Enter a year between ${FIRST_YEAR} and ${new Date().getFullYear()}.`
    }
  }
  return errors
}

/** A URL handle from the display name, e.g. "Srey Mom" → "srey-mom". */
export const slugify = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")

const SkillsEditor = ({
  skills,
  onChange,
  error,
}: {
  skills: Localized[]
  onChange: (skills: Localized[]) => void
  error?: string
}) => {
  const set = (i: number, lang: "en" | "fr", text: string) =>
    onChange(skills.map((s, j) => (j === i ? { ...s, [lang]: text } : s)))
  return (
    <Field label="Skills" optional error={error} hint="One skill per row, in English and French.">
      <div className="flex flex-col gap-y-2">
        {skills.length > 0 && (
          <div className="text-ui-fg-subtle grid grid-cols-[1fr_1fr_28px] gap-x-2">
            <Label size="xsmall">English</Label>
            <Label size="xsmall">Français</Label>
          </div>
        )}
        {skills.map((skill, i) => (
          <div key={i} className="grid grid-cols-[1fr_1fr_28px] items-center gap-x-2">
            <Input size="small" aria-label={`Skill ${i + 1} in English`} value={skill.en} onChange={(e) => set(i, "en", e.target.value)} />
            <Input size="small" aria-label={`Skill ${i + 1} in French`} value={skill.fr} onChange={(e) => set(i, "fr", e.target.value)} />
            <IconButton
              size="small"
              variant="transparent"
              type="button"
              aria-label={`Remove skill ${i + 1}`}
              onClick={() => onChange(skills.filter((_, j) => j !== i))}
            >
              <Trash />
            </IconButton>
          </div>
        ))}
        <div>
          <Button size="small" variant="secondary" type="button" onClick={() => onChange([...skills, emptyLocalized()])}>
            Add skill
          </Button>
        </div>
      </div>
    </Field>
  )
}

/**
 * The public profile fields of a maker, shared by the create modal and the
 * edit drawer. Only what she chose to be known by belongs here.
 */
export const MakerProfileFields = ({
  value,
  onChange,
  errors,
  facilities,
  teams,
  isNew,
  storyConsentHint,
}: {
  value: MakerProfileForm
  onChange: (value: MakerProfileForm) => void
  errors: MakerProfileErrors
  facilities: AdminFacility[]
  teams: AdminTeam[]
  isNew?: boolean
  storyConsentHint?: string
}) => {
  const set = <K extends keyof MakerProfileForm>(key: K, v: MakerProfileForm[K]) => onChange({ ...value, [key]: v })
  const teamFacility = (t: AdminTeam) => t.facility_id ?? t.facility?.id
  const facilityTeams = teams.filter((t) => !value.facility_id || !teamFacility(t) || teamFacility(t) === value.facility_id)

  return (
    <div className="flex flex-col gap-y-8">
      <FormGroup title="Public profile" description="Shown on the store only as far as her valid consents allow.">
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <TextField
            label="Display name"
            value={value.display_name}
            error={errors.display_name}
            hint="The pseudonym or first name she chose. Never her legal name."
            onChange={(display_name) =>
              onChange({
                ...value,
                display_name,
                // Suggest the handle while it still follows the name.
                handle: isNew && value.handle === slugify(value.display_name) ? slugify(display_name) : value.handle,
              })
            }
          />
          <SelectField
            label="Name shown as"
            value={value.name_display}
            onChange={(v) => set("name_display", (v ?? "pseudonym") as NameDisplay)}
            options={Object.entries(NAME_DISPLAY_LABELS).map(([v, label]) => ({ value: v, label }))}
          />
          <TextField
            label="Handle"
            value={value.handle}
            error={errors.handle}
            hint="Her page address on the store, e.g. srey-mom."
            onChange={(handle) => set("handle", handle)}
          />
          <TextField
            label="Hang-tag code"
            value={value.code}
            error={errors.code}
            placeholder="AFF-M07"
            hint="Printed on hang-tags; never a name."
            onChange={(code) => set("code", code.toUpperCase())}
          />
        </div>
        <LocalizedField label="Role" value={value.role} onChange={(role) => set("role", role)} error={errors.role} />
        <SkillsEditor skills={value.skills} error={errors.skills} onChange={(skills) => set("skills", skills)} />
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <TextField
            label="Start year"
            type="number"
            optional
            min={FIRST_YEAR}
            max={new Date().getFullYear()}
            value={value.start_year}
            error={errors.start_year}
            hint="A year only, never a full date."
            onChange={(start_year) => set("start_year", start_year)}
          />
          <SelectField
            label="Photo mode"
            value={value.photo_mode}
            onChange={(v) => set("photo_mode", (v ?? "illustration") as PhotoMode)}
            options={PHOTO_MODES.map((m) => ({ value: m, label: PHOTO_MODE_LABELS[m] ?? m }))}
            hint="Photos of her or her hands need photo consent; an identifiable photo also needs a risk assessment."
          />
        </div>
        <LocalizedField
          label="Story"
          multiline
          optional
          value={value.story}
          onChange={(story) => set("story", story)}
          hint={storyConsentHint ?? "Shown only with story consent, after she has reviewed this exact text."}
        />
      </FormGroup>

      <FormGroup title="Workplace">
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <SelectField
            label="Facility"
            value={value.facility_id}
            error={errors.facility_id}
            placeholder="Choose a facility"
            onChange={(facility_id) => {
              const team = teams.find((t) => t.id === value.team_id)
              const keepTeam = !team || !teamFacility(team) || teamFacility(team) === facility_id
              onChange({ ...value, facility_id, team_id: keepTeam ? value.team_id : null })
            }}
            options={facilities.map((f) => ({ value: f.id, label: f.name }))}
          />
          <SelectField
            label="Team"
            optional
            value={value.team_id}
            noneLabel="No team"
            onChange={(team_id) => set("team_id", team_id)}
            options={facilityTeams.map((t) => ({ value: t.id, label: `${localizedText(t.name)} (${t.code})` }))}
          />
        </div>
      </FormGroup>
    </div>
  )
}
