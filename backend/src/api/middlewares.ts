import { authenticate, defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  AdminCostBreakdown,
  AdminCreateMaker,
  AdminImpactFigure,
  AdminListMakers,
  AdminReason,
  AdminRecordConsent,
  AdminSetProductMakers,
  AdminStaffRoles,
  AdminUpdateFacility,
  AdminUpdateIdentity,
  AdminUpdateImpactFigure,
  AdminUpdateMaker,
  AdminUpdateTeam,
  AdminUpsertTeam,
} from "./admin/validators"
import { rejectRoleChangesOutsideStaffRoles } from "../lib/staff-roles"
import { customerAuthRateLimits } from "../lib/rate-limit"
import { StoreDutiesQuery, StoreMakersQuery } from "./store/validators"
import { checkoutErrorHandler, refreshStripeSessionsBeforeCompletion } from "./store/checkout-guards"
import { enforceOrderOwnership } from "./store/order-access"
import { enforceReturnOwnership } from "./store/return-access"
import { StoreGetOrderParams } from "@medusajs/medusa/api/store/orders/validators"
import { retrieveTransformQueryConfig } from "@medusajs/medusa/api/store/orders/query-config"
import { AdminExporterSettings, AdminFacilityMidOverride, AdminSetProductCustoms } from "./admin/customs/validators"
import { AdminExportProfile } from "./admin/orders/validators"
import { AdminShipFulfillment } from "./admin/orders/[id]/fulfillments/validators"
import { enforceOrderDocumentsOwner } from "./store/order-documents-access"
import { CART_WRITE_ROUTE, validateConsignee } from "./store/consignee"

const noQuery = { defaults: [], isList: false }

export default defineMiddlewares({
  routes: [
    { matcher: "/store/makers", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreMakersQuery, noQuery)] },
    { matcher: "/store/duties", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreDutiesQuery, noQuery)] },
    { matcher: "/admin/makers", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListMakers, noQuery)] },
    { matcher: "/admin/makers", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCreateMaker)] },
    { matcher: "/admin/makers/:id", methods: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateMaker)] },
    { matcher: "/admin/makers/:id/identity", methods: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateIdentity)] },
    { matcher: "/admin/makers/:id/consents", methods: ["POST"], middlewares: [validateAndTransformBody(AdminRecordConsent)] },
    { matcher: "/admin/makers/:id/consents/:consent_id/revoke", methods: ["POST"], middlewares: [validateAndTransformBody(AdminReason)] },
    { matcher: "/admin/makers/:id/unpublish", methods: ["POST"], middlewares: [validateAndTransformBody(AdminReason)] },
    { matcher: "/admin/teams", methods: ["POST"], middlewares: [validateAndTransformBody(AdminUpsertTeam)] },
    { matcher: "/admin/teams/:id", methods: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateTeam)] },
    { matcher: "/admin/facilities/:id", methods: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateFacility)] },
    { matcher: "/admin/impact", methods: ["POST"], middlewares: [validateAndTransformBody(AdminImpactFigure)] },
    { matcher: "/admin/impact/:id", methods: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateImpactFigure)] },
    { matcher: "/admin/products/:id/made-by", methods: ["POST"], middlewares: [validateAndTransformBody(AdminSetProductMakers)] },
    { matcher: "/admin/products/:id/cost-breakdown", methods: ["POST"], middlewares: [validateAndTransformBody(AdminCostBreakdown)] },
    // Customs data, exporter settings and facility MIDs (docs/export-paperwork.md).
    { matcher: "/admin/products/:id/customs", methods: ["POST"], middlewares: [validateAndTransformBody(AdminSetProductCustoms)] },
    { matcher: "/admin/exporter", methods: ["POST"], middlewares: [validateAndTransformBody(AdminExporterSettings)] },
    { matcher: "/admin/facilities/:id/mid", methods: ["POST"], middlewares: [validateAndTransformBody(AdminFacilityMidOverride)] },
    // Saving the export profile and issuing documents change the order's paperwork: order "update" where RBAC is on.
    { matcher: "/admin/orders/:id/export", methods: ["POST"], middlewares: [validateAndTransformBody(AdminExportProfile)], policies: [{ resource: "order", operation: "update" }] },
    { matcher: "/admin/orders/:id/export/documents", methods: ["POST"], middlewares: [], policies: [{ resource: "order", operation: "update" }] },
    { matcher: "/admin/orders/:id/fulfillments/:fulfillment_id/ship", methods: ["POST"], middlewares: [validateAndTransformBody(AdminShipFulfillment)], policies: [{ resource: "fulfillment", operation: "update" }] },
    {
      matcher: "/store/orders/:id/documents*",
      methods: ["GET"],
      middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }), enforceOrderDocumentsOwner],
    },
    { matcher: "/admin/users*", methods: ["POST"], middlewares: [rejectRoleChangesOutsideStaffRoles] },
    { matcher: "/admin/invites*", methods: ["POST"], middlewares: [rejectRoleChangesOutsideStaffRoles] },
    { matcher: "/admin/staff-roles/:user_id", methods: ["POST"], middlewares: [validateAndTransformBody(AdminStaffRoles)] },
    // Customer login, registration and reset requests: 429 past the limits (docs/emails.md).
    ...customerAuthRateLimits(),
    // Checkout and order privacy (docs/payments.md).
    { matcher: "/store/carts/:id/complete", methods: ["POST"], middlewares: [refreshStripeSessionsBeforeCompletion] },
    // Business buyers' consignee tax IDs on the cart (docs/checkout.md).
    { matcher: CART_WRITE_ROUTE, methods: ["POST"], middlewares: [validateConsignee] },
    {
      matcher: "/store/orders/:id",
      methods: ["GET"],
      middlewares: [
        authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
        enforceOrderOwnership,
        // The buyer's order page shows tracking: let the store read the shipments' labels.
        validateAndTransformQuery(StoreGetOrderParams, {
          ...retrieveTransformQueryConfig,
          allowed: [
            ...(retrieveTransformQueryConfig.allowed ?? []),
            "fulfillments.labels",
            "fulfillments.labels.id",
            "fulfillments.labels.tracking_number",
            "fulfillments.labels.tracking_url",
          ],
        }),
      ],
    },
    {
      matcher: "/store/returns",
      methods: ["POST"],
      middlewares: [authenticate("customer", ["session", "bearer"]), enforceReturnOwnership],
    },
  ],
  // Medusa's handler, except that contention on cart routes answers 409 + Retry-After, never 500.
  errorHandler: checkoutErrorHandler(),
})
