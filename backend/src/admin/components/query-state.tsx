import { Alert, Container, Skeleton } from "@medusajs/ui"
import { errorMessage } from "../lib/api"

export const LoadingSection = ({ rows = 3 }: { rows?: number }) => (
  <Container className="flex flex-col gap-y-3 px-6 py-4">
    <Skeleton className="h-7 w-48" />
    {Array.from({ length: rows }, (_, i) => (
      <Skeleton key={i} className="h-5 w-full" />
    ))}
  </Container>
)

/** The API's message for a failed query. */
export const ErrorAlert = ({ error, title }: { error: unknown; title?: string }) => (
  <Alert variant="error">
    {title ? `${title}: ` : ""}
    {errorMessage(error)}
  </Alert>
)
