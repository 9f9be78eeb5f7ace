import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { Container, Table, Text } from "@medusajs/ui"
import { useNavigate } from "react-router-dom"
import { ErrorAlert, LoadingSection } from "../../components/query-state"
import { EmptyText, SectionHeader } from "../../components/section"
import { useFacilities, useTeams } from "../../lib/api"

const FacilitiesPage = () => {
  const navigate = useNavigate()
  const { data, error, isLoading } = useFacilities()
  const teams = useTeams()

  if (isLoading) return <LoadingSection rows={3} />
  const facilities = data?.facilities ?? []
  const teamCount = (facilityId: string) =>
    (teams.data?.teams ?? []).filter((t) => (t.facility_id ?? t.facility?.id) === facilityId).length

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        level="h1"
        title="Facilities"
        description="The public profiles of AFESIP's workshops, their teams and the address used on export documents."
      />
      {error && (
        <div className="px-6 py-4">
          <ErrorAlert error={error} title="Could not load facilities" />
        </div>
      )}
      {!error && facilities.length === 0 && <EmptyText>No facilities yet: run the seed script.</EmptyText>}
      {facilities.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Name</Table.HeaderCell>
              <Table.HeaderCell>Code</Table.HeaderCell>
              <Table.HeaderCell>Region</Table.HeaderCell>
              <Table.HeaderCell>Stock location</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Teams</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {facilities.map((f) => (
              <Table.Row key={f.id} className="cursor-pointer" onClick={() => navigate(`/facilities/${f.id}`)}>
                <Table.Cell>
                  <Text size="small" weight="plus" leading="compact" className="text-ui-fg-base">
                    {f.name}
                  </Text>
                </Table.Cell>
                <Table.Cell>{f.code}</Table.Cell>
                <Table.Cell>{f.region_label}</Table.Cell>
                <Table.Cell>{f.stock_location?.name ?? "-"}</Table.Cell>
                <Table.Cell className="text-right">{teams.data ? teamCount(f.id) : "-"}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Facilities",
  rank: 2,
  icon: Buildings,
})

export default FacilitiesPage
