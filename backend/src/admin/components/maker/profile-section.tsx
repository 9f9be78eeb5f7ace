import { PencilSquare } from "@medusajs/icons"
import { Alert, Badge, Button, Container, Heading, InlineTip, StatusBadge, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { consentStatus } from "../../../modules/maker/consent"
import {
  errorMessage,
  useFacilities,
  usePublishMaker,
  useTeams,
  useUnpublishMaker,
  useUpdateMaker,
  type AdminMakerDetail,
  type MakerProfilePayload,
} from "../../lib/api"
import { NAME_DISPLAY_LABELS, PHOTO_MODE_LABELS, formatDate, localizedText } from "../../lib/format"
import { ActionMenu } from "../action-menu"
import { DrawerForm, useResetOnOpen } from "../drawer-form"
import {
  MakerProfileFields,
  makerProfileFromMaker,
  makerProfilePayload,
  validateMakerProfile,
  type MakerProfileErrors,
  type MakerProfileForm,
} from "../maker-profile-fields"
import { ReasonDrawer } from "../reason-drawer"
import { SectionRow } from "../section"
import { ConsentStatusBadge, PublishedBadge } from "../status-badges"

const Bilingual = ({ en, fr }: { en?: string; fr?: string }) =>
  !en && !fr ? (
    <Text size="small" leading="compact">
      -
    </Text>
  ) : (
    <div className="flex flex-col gap-y-1">
      <Text size="small" leading="compact" className="whitespace-pre-line">
        <span className="text-ui-fg-muted">EN </span>
        {en || "-"}
      </Text>
      <Text size="small" leading="compact" className="whitespace-pre-line">
        <span className="text-ui-fg-muted">FR </span>
        {fr || "-"}
      </Text>
    </div>
  )

/** Whether the store shows her story, and why not. */
const StoryState = ({ detail }: { detail: AdminMakerDetail }) => {
  const { maker, permissions } = detail
  const hasStory = !!(maker.story?.en?.trim() || maker.story?.fr?.trim())
  if (!hasStory) return null
  if (permissions.story) {
    return <StatusBadge color="green">Shown: she reviewed this version</StatusBadge>
  }
  return (
    <div className="flex flex-col items-start gap-y-1">
      <StatusBadge color="orange">Hidden on the store</StatusBadge>
      <Text size="xsmall" className="text-ui-fg-subtle">
        Needs a valid story consent and her review of this version (last edited {formatDate(maker.story_updated_at)}).
      </Text>
    </div>
  )
}

export const MakerProfileSection = ({ detail }: { detail: AdminMakerDetail }) => {
  const { maker, publish_blockers } = detail
  const [editOpen, setEditOpen] = useState(false)
  const [unpublishOpen, setUnpublishOpen] = useState(false)
  const publish = usePublishMaker(maker.id)
  const unpublish = useUnpublishMaker(maker.id)
  const prompt = usePrompt()
  const status = consentStatus(maker.consents ?? [])

  const onPublish = async () => {
    const confirmed = await prompt({
      title: `Publish ${maker.display_name}?`,
      description:
        "Her public profile will appear on the store, showing only what her valid consents cover. Check the public preview first.",
      confirmText: "Publish",
      cancelText: "Cancel",
      variant: "confirmation",
    })
    if (!confirmed) return
    publish.mutate(undefined, {
      onSuccess: () => toast.success(`${maker.display_name} is published`),
      // A 400 carries the publish blockers in its message.
      onError: (error) => toast.error("She cannot be published", { description: errorMessage(error), duration: 10000 }),
    })
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
        <div className="flex min-w-0 flex-col gap-y-1">
          <Heading>{maker.display_name}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {maker.code} · /makers/{maker.handle}
          </Text>
          <div className="mt-1 flex flex-wrap items-start gap-2">
            <PublishedBadge published={maker.is_published} />
            <ConsentStatusBadge inline status={status.status} expiresAt={status.expires_at?.toISOString() ?? null} />
          </div>
        </div>
        <div className="flex items-center gap-x-2">
          {maker.is_published ? (
            <Button size="small" variant="secondary" onClick={() => setUnpublishOpen(true)}>
              Unpublish
            </Button>
          ) : (
            <Button size="small" variant="primary" isLoading={publish.isPending} onClick={onPublish}>
              Publish
            </Button>
          )}
          <ActionMenu groups={[[{ label: "Edit profile", icon: <PencilSquare />, onClick: () => setEditOpen(true) }]]} />
        </div>
      </div>

      {publish_blockers.length > 0 && (
        <div className="px-6 py-4">
          <Alert variant={maker.is_published ? "error" : "warning"}>
            <div className="flex flex-col gap-y-1">
              <Text size="small" weight="plus">
                {maker.is_published ? "Not covered by her current consents:" : "Publishing is blocked until:"}
              </Text>
              <ul className="list-disc pl-5">
                {publish_blockers.map((b) => (
                  <li key={b}>
                    <Text size="small">{b}</Text>
                  </li>
                ))}
              </ul>
            </div>
          </Alert>
        </div>
      )}

      <SectionRow title="Name shown as" value={NAME_DISPLAY_LABELS[maker.name_display] ?? maker.name_display} />
      <SectionRow title="Role" value={<Bilingual en={maker.role?.en} fr={maker.role?.fr} />} />
      <SectionRow
        title="Skills"
        value={
          maker.skills?.length
            ? maker.skills.map((s, i) => (
                <Badge key={i} size="2xsmall">
                  {s.en}
                  {s.fr && s.fr !== s.en ? ` / ${s.fr}` : ""}
                </Badge>
              ))
            : "-"
        }
      />
      <SectionRow title="Start year" value={maker.start_year == null ? "-" : String(maker.start_year)} />
      <SectionRow title="Photo mode" value={PHOTO_MODE_LABELS[maker.photo_mode] ?? maker.photo_mode} />
      <SectionRow title="Facility" value={localizedText(maker.facility?.name) || "-"} />
      <SectionRow title="Team" value={localizedText(maker.team?.name) || "-"} />
      <SectionRow
        title="Story"
        value={
          <div className="flex flex-col gap-y-2">
            <Bilingual en={maker.story?.en} fr={maker.story?.fr} />
            <StoryState detail={detail} />
          </div>
        }
      />
      <SectionRow
        title="Products credited"
        value={
          maker.products?.length ? (
            <ul className="flex flex-col gap-y-1">
              {maker.products.map((p) => (
                <li key={p.id}>
                  <Link to={`/products/${p.id}`} className="txt-compact-small text-ui-fg-interactive hover:underline">
                    {p.title}
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            "-"
          )
        }
      />

      <EditMakerDrawer detail={detail} open={editOpen} onOpenChange={setEditOpen} />
      <ReasonDrawer
        open={unpublishOpen}
        onOpenChange={setUnpublishOpen}
        title={`Unpublish ${maker.display_name}`}
        description="Her profile leaves the store at once and products are credited to her team instead."
        reasonHint="Kept in the audit log. Do not write private details here."
        submitLabel="Unpublish"
        isPending={unpublish.isPending}
        error={unpublish.error ? errorMessage(unpublish.error) : null}
        onSubmit={(reason) =>
          unpublish.mutate(
            { reason },
            {
              onSuccess: () => {
                toast.success(`${maker.display_name} is no longer public`)
                setUnpublishOpen(false)
              },
            }
          )
        }
      />
    </Container>
  )
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

const EditMakerDrawer = ({
  detail,
  open,
  onOpenChange,
}: {
  detail: AdminMakerDetail
  open: boolean
  onOpenChange: (open: boolean) => void
}) => {
  const facilities = useFacilities()
  const teams = useTeams()
  const update = useUpdateMaker(detail.maker.id)
  const [form, setForm] = useState<MakerProfileForm>(() => makerProfileFromMaker(detail.maker))
  const [errors, setErrors] = useState<MakerProfileErrors>({})

  useResetOnOpen(open, () => {
    setForm(makerProfileFromMaker(detail.maker))
    setErrors({})
    update.reset()
  })

  const original = makerProfilePayload(makerProfileFromMaker(detail.maker))
  const next = makerProfilePayload(form)
  const storyChanged = !sameJson(original.story, next.story)

  const submit = () => {
    const found = validateMakerProfile(form)
    setErrors(found)
    if (Object.keys(found).length) return
    // Send only what changed: an unchanged story must not be hidden again.
    const changes = Object.fromEntries(
      (Object.keys(next) as (keyof MakerProfilePayload)[])
        .filter((key) => !sameJson(next[key], original[key]))
        .map((key) => [key, next[key]])
    ) as Partial<MakerProfilePayload>
    if (Object.keys(changes).length === 0) {
      onOpenChange(false)
      return
    }
    update.mutate(changes, {
      onSuccess: () => {
        toast.success("Profile saved", storyChanged ? { description: "Her story stays hidden until she reviews the new text." } : undefined)
        onOpenChange(false)
      },
    })
  }

  return (
    <DrawerForm
      open={open}
      onOpenChange={onOpenChange}
      title="Edit profile"
      onSubmit={submit}
      isPending={update.isPending}
      error={update.error ? errorMessage(update.error) : Object.keys(errors).length ? "Some fields need attention." : null}
    >
      <MakerProfileFields
        value={form}
        onChange={setForm}
        errors={errors}
        facilities={facilities.data?.facilities ?? []}
        teams={teams.data?.teams ?? []}
      />
      {storyChanged && (
        <InlineTip label="Story edited" variant="warning">
          Saving hides her story on the store until she has reviewed the new text and you record her review.
        </InlineTip>
      )}
    </DrawerForm>
  )
}
