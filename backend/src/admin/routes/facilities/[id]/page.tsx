import { PencilSquare } from "@medusajs/icons"
import { Button, Container, Table, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useParams } from "react-router-dom"
import { ActionMenu } from "../../../components/action-menu"
import { DrawerForm, useResetOnOpen } from "../../../components/drawer-form"
import { FormGroup, LocalizedField, TextField, emptyLocalized, toLocalized } from "../../../components/form"
import { slugify } from "../../../components/maker-profile-fields"
import { ErrorAlert, LoadingSection } from "../../../components/query-state"
import { EmptyText, SectionHeader, SectionRow } from "../../../components/section"
import {
  errorMessage,
  useCreateTeam,
  useFacility,
  useUpdateFacility,
  useUpdateTeam,
  type AdminFacility,
  type AdminTeam,
  type CustomsAddress,
  type Localized,
} from "../../../lib/api"

const Bilingual = ({ value }: { value: Localized | null | undefined }) =>
  value && (value.en || value.fr) ? (
    <div className="flex flex-col gap-y-1">
      <Text size="small" leading="compact" className="whitespace-pre-line">
        <span className="text-ui-fg-muted">EN </span>
        {value.en || "-"}
      </Text>
      <Text size="small" leading="compact" className="whitespace-pre-line">
        <span className="text-ui-fg-muted">FR </span>
        {value.fr || "-"}
      </Text>
    </div>
  ) : (
    "-"
  )

const FacilityDetailPage = () => {
  const { id = "" } = useParams()
  const { data, error, isLoading } = useFacility(id)
  const [editProfile, setEditProfile] = useState(false)
  const [editAddress, setEditAddress] = useState(false)

  if (isLoading) return <LoadingSection rows={6} />
  if (error || !data) return <ErrorAlert error={error} title="Could not load this facility" />
  const f = data.facility
  const address = f.customs_address ?? {}

  return (
    <div className="flex w-full flex-col items-start gap-x-4 gap-y-3 xl:grid xl:grid-cols-[minmax(0,_1fr)_440px]">
      <div className="flex w-full min-w-0 flex-col gap-y-3">
        <Container className="divide-y p-0">
          <SectionHeader
            level="h1"
            title={f.name}
            description={`${f.code} · /facilities/${f.handle}`}
            actions={<ActionMenu groups={[[{ label: "Edit profile", icon: <PencilSquare />, onClick: () => setEditProfile(true) }]]} />}
          />
          <SectionRow title="Region" value={f.region_label} />
          <SectionRow title="Story" value={<Bilingual value={f.story} />} />
          <SectionRow title="What it makes" value={<Bilingual value={f.makes} />} />
          <SectionRow
            title="Image"
            value={
              f.image_url ? (
                <div className="flex flex-col gap-y-2">
                  <img src={f.image_url} alt={f.image_alt?.en ?? ""} className="h-24 w-36 rounded-md border object-cover" />
                  <Bilingual value={f.image_alt} />
                </div>
              ) : (
                "-"
              )
            }
          />
          <SectionRow title="Stock location" value={f.stock_location?.name ?? "-"} />
        </Container>
        <TeamsSection facility={f} />
      </div>
      <div className="flex w-full flex-col gap-y-3">
        <Container className="divide-y p-0">
          <SectionHeader
            title="Customs address"
            description="Registered address printed on export documents. Never shown on the store."
            actions={<ActionMenu groups={[[{ label: "Edit address", icon: <PencilSquare />, onClick: () => setEditAddress(true) }]]} />}
          />
          <SectionRow title="Legal name" value={address.legal_name ?? "-"} />
          <SectionRow
            title="Address"
            value={[address.address_1, address.address_2].filter(Boolean).join("\n") || "-"}
          />
          <SectionRow title="City" value={[address.postal_code, address.city].filter(Boolean).join(" ") || "-"} />
          <SectionRow title="Province" value={address.province ?? "-"} />
          <SectionRow title="Country" value={address.country_code?.toUpperCase() ?? "-"} />
        </Container>
      </div>
      <FacilityProfileDrawer facility={f} open={editProfile} onOpenChange={setEditProfile} />
      <CustomsAddressDrawer facility={f} open={editAddress} onOpenChange={setEditAddress} />
    </div>
  )
}

type ProfileForm = { name: string; region_label: string; story: Localized; makes: Localized; image_url: string; image_alt: Localized }

const FacilityProfileDrawer = ({
  facility,
  open,
  onOpenChange,
}: {
  facility: AdminFacility
  open: boolean
  onOpenChange: (open: boolean) => void
}) => {
  const update = useUpdateFacility(facility.id)
  const initial = (): ProfileForm => ({
    name: facility.name,
    region_label: facility.region_label,
    story: toLocalized(facility.story),
    makes: toLocalized(facility.makes),
    image_url: facility.image_url ?? "",
    image_alt: toLocalized(facility.image_alt),
  })
  const [form, setForm] = useState<ProfileForm>(initial)
  const [problem, setProblem] = useState<string | null>(null)

  useResetOnOpen(open, () => {
    setForm(initial())
    setProblem(null)
    update.reset()
  })

  const submit = () => {
    if (!form.name.trim() || !form.region_label.trim()) return setProblem("Enter the facility's name and region.")
    const imageUrl = form.image_url.trim()
    if (imageUrl && !form.image_alt.en.trim()) return setProblem("Describe the image (alt text) in English at least.")
    setProblem(null)
    update.mutate(
      {
        name: form.name.trim(),
        region_label: form.region_label.trim(),
        story: form.story,
        makes: form.makes,
        image_url: imageUrl || null,
        image_alt: imageUrl ? form.image_alt : null,
      },
      {
        onSuccess: () => {
          toast.success("Facility saved")
          onOpenChange(false)
        },
      }
    )
  }

  const set =
    <K extends keyof ProfileForm>(key: K) =>
    (value: ProfileForm[K]) =>
      setForm((f) => ({ ...f, [key]: value }))

  return (
    <DrawerForm
      open={open}
      onOpenChange={onOpenChange}
      title="Edit facility"
      description="Shown on the store's facility page."
      onSubmit={submit}
      isPending={update.isPending}
      error={update.error ? errorMessage(update.error) : problem}
    >
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <TextField label="Name" value={form.name} onChange={set("name")} />
        <TextField label="Region label" value={form.region_label} onChange={set("region_label")} hint="Coarse, e.g. Kampong Cham province." />
      </div>
      <LocalizedField label="Story" multiline value={form.story} onChange={set("story")} />
      <LocalizedField label="What it makes" multiline rows={3} value={form.makes} onChange={set("makes")} />
      <FormGroup title="Image" description="A picture of the workshop or the work; never of an identifiable person.">
        <TextField label="Image URL" optional value={form.image_url} onChange={set("image_url")} />
        <LocalizedField label="Image description (alt text)" value={form.image_alt} onChange={set("image_alt")} hint="Describe the work, never the person." />
      </FormGroup>
    </DrawerForm>
  )
}

const ADDRESS_FIELDS: { key: keyof CustomsAddress; label: string; optional?: boolean }[] = [
  { key: "legal_name", label: "Legal name of the exporter" },
  { key: "address_1", label: "Address line 1" },
  { key: "address_2", label: "Address line 2", optional: true },
  { key: "city", label: "City" },
  { key: "province", label: "Province", optional: true },
  { key: "postal_code", label: "Postal code", optional: true },
  { key: "country_code", label: "Country code" },
]

const CustomsAddressDrawer = ({
  facility,
  open,
  onOpenChange,
}: {
  facility: AdminFacility
  open: boolean
  onOpenChange: (open: boolean) => void
}) => {
  const update = useUpdateFacility(facility.id)
  const initial = (): Record<keyof CustomsAddress, string> => {
    const a = facility.customs_address ?? {}
    return {
      legal_name: a.legal_name ?? "",
      address_1: a.address_1 ?? "",
      address_2: a.address_2 ?? "",
      city: a.city ?? "",
      province: a.province ?? "",
      postal_code: a.postal_code ?? "",
      country_code: (a.country_code ?? "kh").toUpperCase(),
    }
  }
  const [form, setForm] = useState(initial)
  const [problem, setProblem] = useState<string | null>(null)

  useResetOnOpen(open, () => {
    setForm(initial())
    setProblem(null)
    update.reset()
  })

  const submit = () => {
    const missing = ADDRESS_FIELDS.filter((f) => !f.optional && !form[f.key].trim())
    if (missing.length) return setProblem(`Enter: ${missing.map((f) => f.label.toLowerCase()).join(", ")}.`)
    if (!/^[a-zA-Z]{2}$/.test(form.country_code.trim())) return setProblem("The country code has two letters, e.g. KH.")
    setProblem(null)
    const address: CustomsAddress = {
      legal_name: form.legal_name.trim(),
      address_1: form.address_1.trim(),
      city: form.city.trim(),
      country_code: form.country_code.trim().toLowerCase(),
    }
    for (const key of ["address_2", "province", "postal_code"] as const) {
      if (form[key].trim()) address[key] = form[key].trim()
    }
    update.mutate(
      { customs_address: address },
      {
        onSuccess: () => {
          toast.success("Customs address saved")
          onOpenChange(false)
        },
      }
    )
  }

  return (
    <DrawerForm
      open={open}
      onOpenChange={onOpenChange}
      title="Edit customs address"
      description="Used on export documents; replace the seed's working values with the registered address."
      onSubmit={submit}
      isPending={update.isPending}
      error={update.error ? errorMessage(update.error) : problem}
    >
      {ADDRESS_FIELDS.map(({ key, label, optional }) => (
        <TextField
          key={key}
          label={label}
          optional={optional}
          value={form[key]}
          onChange={(v) => setForm((f) => ({ ...f, [key]: key === "country_code" ? v.toUpperCase() : v }))}
        />
      ))}
    </DrawerForm>
  )
}

const TeamsSection = ({ facility }: { facility: AdminFacility }) => {
  const [editing, setEditing] = useState<AdminTeam | "new" | null>(null)
  const teams = facility.teams ?? []
  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title="Teams"
        description="Products are credited to a team when no maker consented to a product link."
        actions={
          <Button size="small" variant="secondary" onClick={() => setEditing("new")}>
            Create team
          </Button>
        }
      />
      {teams.length === 0 ? (
        <EmptyText>No teams at this facility yet.</EmptyText>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Name</Table.HeaderCell>
              <Table.HeaderCell>Code</Table.HeaderCell>
              <Table.HeaderCell>Handle</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {teams.map((t) => (
              <Table.Row key={t.id}>
                <Table.Cell>{t.name?.en || "-"}</Table.Cell>
                <Table.Cell>{t.code}</Table.Cell>
                <Table.Cell>{t.handle}</Table.Cell>
                <Table.Cell className="w-[1%]">
                  <ActionMenu groups={[[{ label: "Edit", icon: <PencilSquare />, onClick: () => setEditing(t) }]]} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <TeamDrawer facilityId={facility.id} team={editing} onClose={() => setEditing(null)} />
    </Container>
  )
}

type TeamForm = { code: string; handle: string; name: Localized; description: Localized }

const TeamDrawer = ({
  facilityId,
  team,
  onClose,
}: {
  facilityId: string
  team: AdminTeam | "new" | null
  onClose: () => void
}) => {
  const existing = team && team !== "new" ? team : null
  const create = useCreateTeam()
  const update = useUpdateTeam()
  const mutation = existing ? update : create
  const initial = (): TeamForm => ({
    code: existing?.code ?? "",
    handle: existing?.handle ?? "",
    name: toLocalized(existing?.name ?? emptyLocalized()),
    description: toLocalized(existing?.description ?? emptyLocalized()),
  })
  const [form, setForm] = useState<TeamForm>(initial)
  const [problem, setProblem] = useState<string | null>(null)

  useEffect(() => {
    if (!team) return
    setForm(initial())
    setProblem(null)
    create.reset()
    update.reset()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [team])

  const submit = () => {
    if (!/^AFF-[A-Z0-9-]{2,16}$/.test(form.code.trim())) return setProblem("The team code must look like AFF-T01.")
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(form.handle.trim())) return setProblem("The handle may contain lower-case letters, digits and hyphens.")
    if (!form.name.en.trim() || !form.name.fr.trim()) return setProblem("Enter the team name in English and French.")
    setProblem(null)
    const body = { code: form.code.trim(), handle: form.handle.trim(), name: form.name, description: form.description, facility_id: facilityId }
    const onSuccess = () => {
      toast.success(existing ? "Team saved" : "Team created")
      onClose()
    }
    if (existing) update.mutate({ id: existing.id, ...body }, { onSuccess })
    else create.mutate(body, { onSuccess })
  }

  return (
    <DrawerForm
      open={!!team}
      onOpenChange={(next) => !next && onClose()}
      title={existing ? "Edit team" : "Create team"}
      description="A team is public by itself and never lists its members' private data."
      onSubmit={submit}
      isPending={mutation.isPending}
      error={mutation.error ? errorMessage(mutation.error) : problem}
    >
      <LocalizedField
        label="Name"
        value={form.name}
        onChange={(name) =>
          setForm((f) => ({ ...f, name, handle: !existing && f.handle === slugify(f.name.en) ? slugify(name.en) : f.handle }))
        }
      />
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <TextField label="Code" value={form.code} placeholder="AFF-T01" onChange={(code) => setForm((f) => ({ ...f, code: code.toUpperCase() }))} />
        <TextField label="Handle" value={form.handle} onChange={(handle) => setForm((f) => ({ ...f, handle }))} />
      </div>
      <LocalizedField label="Description" multiline rows={3} value={form.description} onChange={(description) => setForm((f) => ({ ...f, description }))} />
    </DrawerForm>
  )
}

export const handle = {
  breadcrumb: () => "Facility",
}

export default FacilityDetailPage
