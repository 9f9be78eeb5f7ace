import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Users } from "@medusajs/icons"
import {
  Button,
  Container,
  DataTable,
  Heading,
  Text,
  createDataTableColumnHelper,
  createDataTableFilterHelper,
  toast,
  useDataTable,
  type DataTableFilteringState,
  type DataTablePaginationState,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useNavigate } from "react-router-dom"
import { FocusModalForm } from "../../components/drawer-form"
import { FormGroup } from "../../components/form"
import { IdentityFields, emptyIdentity, identityPayload, type IdentityForm } from "../../components/identity-fields"
import {
  MakerProfileFields,
  emptyMakerProfile,
  makerProfilePayload,
  validateMakerProfile,
  type MakerProfileErrors,
  type MakerProfileForm,
} from "../../components/maker-profile-fields"
import { ErrorAlert } from "../../components/query-state"
import { ConsentStatusBadge, PublishedBadge } from "../../components/status-badges"
import { errorMessage, useCreateMaker, useFacilities, useMakers, useTeams, type AdminMakerRow } from "../../lib/api"
import { localizedText } from "../../lib/format"

const PAGE_SIZE = 20

const columnHelper = createDataTableColumnHelper<AdminMakerRow>()
const columns = [
  columnHelper.accessor("display_name", {
    header: "Display name",
    cell: ({ row }) => (
      <div className="flex flex-col">
        <Text size="small" weight="plus" leading="compact" className="text-ui-fg-base">
          {row.original.display_name}
        </Text>
        <Text size="xsmall" leading="compact" className="text-ui-fg-muted">
          {row.original.handle}
        </Text>
      </div>
    ),
  }),
  columnHelper.accessor("code", { header: "Code" }),
  columnHelper.accessor("facility", {
    header: "Facility",
    cell: ({ getValue }) => localizedText(getValue()?.name) || "-",
  }),
  columnHelper.accessor("team", {
    header: "Team",
    cell: ({ getValue }) => localizedText(getValue()?.name) || "-",
  }),
  columnHelper.accessor("is_published", {
    header: "Store",
    cell: ({ getValue }) => <PublishedBadge published={getValue()} />,
  }),
  columnHelper.accessor("consent_status", {
    header: "Consent",
    cell: ({ row }) => <ConsentStatusBadge status={row.original.consent_status} expiresAt={row.original.consent_expires_at} />,
  }),
]

const filterHelper = createDataTableFilterHelper<AdminMakerRow>()
const filters = [
  filterHelper.accessor("is_published", {
    type: "radio",
    label: "Store",
    options: [
      { label: "Published", value: "true" },
      { label: "Not published", value: "false" },
    ],
  }),
]

const MakersPage = () => {
  const navigate = useNavigate()
  const [search, setSearch] = useState("")
  const [filtering, setFiltering] = useState<DataTableFilteringState>({})
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const [createOpen, setCreateOpen] = useState(false)

  const published = filtering.is_published as string | undefined
  const { data, isLoading, error } = useMakers({
    q: search.trim() || undefined,
    is_published: published === undefined ? undefined : published === "true",
  })

  // The maker list is small: page through it here rather than on the server.
  const rows = data?.makers ?? []
  const page = useMemo(
    () => rows.slice(pagination.pageIndex * pagination.pageSize, (pagination.pageIndex + 1) * pagination.pageSize),
    [rows, pagination]
  )

  const table = useDataTable({
    columns,
    data: page,
    getRowId: (row) => row.id,
    rowCount: rows.length,
    isLoading,
    filters,
    search: { state: search, onSearchChange: setSearch },
    filtering: { state: filtering, onFilteringChange: setFiltering },
    pagination: { state: pagination, onPaginationChange: setPagination },
    onRowClick: (_event, row) => navigate(`/makers/${row.id}`),
  })

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center">
          <div className="flex flex-col gap-y-1">
            <Heading>Makers</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Public profiles of the women who make AFESIP pieces, and the consents that allow each to be shown.
            </Text>
          </div>
          <div className="flex w-full items-center gap-x-2 md:w-auto">
            <DataTable.FilterMenu tooltip="Filter" />
            <DataTable.Search placeholder="Search name, code or handle" />
            <Button size="small" variant="secondary" onClick={() => setCreateOpen(true)}>
              Create
            </Button>
          </div>
        </DataTable.Toolbar>
        {error && (
          <div className="px-6 py-4">
            <ErrorAlert error={error} title="Could not load makers" />
          </div>
        )}
        <DataTable.Table
          emptyState={{
            empty: { heading: "No makers yet", description: "Create a maker profile to credit her work." },
            filtered: { heading: "No matching makers", description: "Try another search or filter." },
          }}
        />
        <DataTable.Pagination />
      </DataTable>
      <CreateMakerModal open={createOpen} onOpenChange={setCreateOpen} onCreated={(id) => navigate(`/makers/${id}`)} />
    </Container>
  )
}

const CreateMakerModal = ({
  open,
  onOpenChange,
  onCreated,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  onCreated: (id: string) => void
}) => {
  const facilities = useFacilities()
  const teams = useTeams()
  const create = useCreateMaker()
  const [profile, setProfile] = useState<MakerProfileForm>(emptyMakerProfile)
  const [identity, setIdentity] = useState<IdentityForm>(emptyIdentity)
  const [errors, setErrors] = useState<MakerProfileErrors & { legal_name?: string }>({})

  const reset = () => {
    setProfile(emptyMakerProfile())
    setIdentity(emptyIdentity())
    setErrors({})
    create.reset()
  }

  const submit = () => {
    const found: MakerProfileErrors & { legal_name?: string } = validateMakerProfile(profile)
    if (!identity.legal_name.trim()) found.legal_name = "Enter her legal name (kept private)."
    else if (identity.legal_name.trim().toLowerCase() === profile.display_name.trim().toLowerCase()) {
      found.display_name = "The public name must not be her legal name."
    }
    setErrors(found)
    if (Object.keys(found).length) return
    create.mutate(
      { ...makerProfilePayload(profile), identity: identityPayload(identity) },
      {
        onSuccess: ({ maker }) => {
          toast.success("Maker created", { description: "Record her consent before publishing her profile." })
          onOpenChange(false)
          reset()
          onCreated(maker.id)
        },
      }
    )
  }

  return (
    <FocusModalForm
      open={open}
      onOpenChange={(next) => {
        onOpenChange(next)
        if (!next) reset()
      }}
      title="Create maker"
      description="A new maker starts unpublished. She appears on the store only once her consent is recorded and you publish her."
      onSubmit={submit}
      isPending={create.isPending}
      error={create.error ? errorMessage(create.error) : Object.keys(errors).length ? "Some fields need attention." : null}
    >
      {facilities.error && <ErrorAlert error={facilities.error} title="Could not load facilities" />}
      {teams.error && <ErrorAlert error={teams.error} title="Could not load teams" />}
      <MakerProfileFields
        isNew
        value={profile}
        onChange={setProfile}
        errors={errors}
        facilities={facilities.data?.facilities ?? []}
        teams={teams.data?.teams ?? []}
      />
      <div className="border-ui-border-strong rounded-xl border border-dashed p-5">
        <FormGroup title="Private identity — never published" description="Kept apart from her profile; only roles allowed to read identities can see it.">
          <IdentityFields value={identity} onChange={setIdentity} legalNameError={errors.legal_name} />
        </FormGroup>
      </div>
    </FocusModalForm>
  )
}

export const config = defineRouteConfig({
  label: "Makers",
  rank: 1,
  icon: Users,
})

export default MakersPage
