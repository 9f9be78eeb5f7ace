import { Badge, Container, InlineTip, Text } from "@medusajs/ui"
import { useMakerPreview, type Localized, type PublicMaker } from "../../lib/api"
import { ErrorAlert } from "../query-state"
import { SectionHeader } from "../section"

const Lines = ({ value }: { value: Localized | null | undefined }) =>
  value ? (
    <div className="flex flex-col gap-y-1">
      <Text size="small" className="whitespace-pre-line">
        <span className="text-ui-fg-muted">EN </span>
        {value.en || "-"}
      </Text>
      <Text size="small" className="whitespace-pre-line">
        <span className="text-ui-fg-muted">FR </span>
        {value.fr || "-"}
      </Text>
    </div>
  ) : null

const Part = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <div className="flex flex-col gap-y-1">
    <Text size="xsmall" weight="plus" className="text-ui-fg-muted uppercase tracking-wide">
      {label}
    </Text>
    <div className="text-ui-fg-base">{children}</div>
  </div>
)

const Hidden = ({ children }: { children: React.ReactNode }) => (
  <Text size="small" className="text-ui-fg-muted italic">
    {children}
  </Text>
)

/** Renders exactly the public object the store route would return. */
const PublicMakerView = ({ maker }: { maker: PublicMaker }) => (
  <div className="flex flex-col gap-y-4 px-6 py-4">
    <div className="flex items-start gap-x-4">
      {maker.image ? (
        <img src={maker.image.url} alt={maker.image.alt.en} className="h-20 w-20 shrink-0 rounded-lg border object-cover" />
      ) : (
        <div className="bg-ui-bg-subtle text-ui-fg-muted flex h-20 w-20 shrink-0 items-center justify-center rounded-lg border text-center">
          <Text size="xsmall">No image</Text>
        </div>
      )}
      <div className="flex min-w-0 flex-col gap-y-1">
        <Text size="large" weight="plus" className="text-ui-fg-base">
          {maker.display_name}
        </Text>
        <Text size="small" className="text-ui-fg-subtle">
          {maker.role.en}
          {maker.role.fr && maker.role.fr !== maker.role.en ? ` · ${maker.role.fr}` : ""}
        </Text>
        <Text size="xsmall" className="text-ui-fg-muted">
          {maker.code} · {maker.facility.name}, {maker.facility.region_label}
        </Text>
      </div>
    </div>
    {maker.image && (
      <Part label="Image description">
        <Lines value={maker.image.alt} />
      </Part>
    )}
    <Part label="Team">{maker.team ? <Text size="small">{maker.team.name.en}</Text> : <Hidden>No team shown</Hidden>}</Part>
    <Part label="With AFESIP since">
      {maker.start_year ? <Text size="small">{maker.start_year}</Text> : <Hidden>Not shown</Hidden>}
    </Part>
    <Part label="Skills">
      {maker.skills.length ? (
        <div className="flex flex-wrap gap-1">
          {maker.skills.map((s, i) => (
            <Badge key={i} size="2xsmall">
              {s.en}
            </Badge>
          ))}
        </div>
      ) : (
        <Hidden>None shown</Hidden>
      )}
    </Part>
    <Part label="Story">
      {maker.story ? <Lines value={maker.story} /> : <Hidden>Not shown (no story consent, or she has not reviewed this version)</Hidden>}
    </Part>
    <Part label="Products credited to her">
      {maker.products.length ? (
        <ul className="flex flex-col gap-y-0.5">
          {maker.products.map((p) => (
            <li key={p.id}>
              <Text size="small">{p.title}</Text>
            </li>
          ))}
        </ul>
      ) : (
        <Hidden>None shown (needs product-link consent and published products)</Hidden>
      )}
    </Part>
  </div>
)

export const PreviewSection = ({ makerId }: { makerId: string }) => {
  const { data, error, isLoading } = useMakerPreview(makerId)
  return (
    <Container className="divide-y p-0">
      <SectionHeader title="Public preview" description="Exactly what store visitors see, from her valid consents." />
      {isLoading && (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-muted">
            Loading…
          </Text>
        </div>
      )}
      {error && (
        <div className="px-6 py-4">
          <ErrorAlert error={error} title="Could not load the preview" />
        </div>
      )}
      {data && (
        <div className="px-6 py-4">
          {data.is_public ? (
            <InlineTip label="Public" variant="success">
              Visitors can see her profile now, as below.
            </InlineTip>
          ) : data.maker ? (
            <InlineTip label="Not public" variant="warning">
              She is not on the store: visitors see nothing about her. Below is what publishing would show.
            </InlineTip>
          ) : (
            <InlineTip label="Not public" variant="error">
              She is not on the store and nothing could be shown: no valid consent covers her name.
            </InlineTip>
          )}
        </div>
      )}
      {data?.maker && <PublicMakerView maker={data.maker} />}
    </Container>
  )
}
