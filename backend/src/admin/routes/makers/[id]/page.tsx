import { useParams } from "react-router-dom"
import { AuditSection } from "../../../components/maker/audit-section"
import { ConsentSection } from "../../../components/maker/consent-section"
import { IdentitySection } from "../../../components/maker/identity-section"
import { PermissionsSection } from "../../../components/maker/permissions-section"
import { PreviewSection } from "../../../components/maker/preview-section"
import { MakerProfileSection } from "../../../components/maker/profile-section"
import { ErrorAlert, LoadingSection } from "../../../components/query-state"
import { useMaker } from "../../../lib/api"

/** One maker: profile, consent, what the public sees, private identity and the audit log. */
const MakerDetailPage = () => {
  const { id = "" } = useParams()
  const { data, error, isLoading } = useMaker(id)

  if (isLoading) return <LoadingSection rows={6} />
  if (error || !data) return <ErrorAlert error={error} title="Could not load this maker" />

  return (
    <div className="flex w-full flex-col gap-y-3">
      <div className="flex w-full flex-col items-start gap-x-4 gap-y-3 xl:grid xl:grid-cols-[minmax(0,_1fr)_440px]">
        <div className="flex w-full min-w-0 flex-col gap-y-3">
          <MakerProfileSection detail={data} />
          <ConsentSection maker={data.maker} />
          <AuditSection entries={data.audit ?? []} />
        </div>
        <div className="flex w-full flex-col gap-y-3">
          <PreviewSection makerId={id} />
          <PermissionsSection permissions={data.permissions} />
          <IdentitySection makerId={id} />
        </div>
      </div>
    </div>
  )
}

export const handle = {
  breadcrumb: () => "Maker",
}

export default MakerDetailPage
