import Medusa from "@medusajs/js-sdk"

/**
 * Defined by the Medusa admin bundler (Vite `define`): the backend URL from
 * `admin.backendUrl` in medusa-config, or "" when the Admin is served by the
 * backend itself. (The backend tsconfig compiles to CommonJS, where
 * `import.meta.env` is not allowed, so we use the bundler's global instead.)
 */
declare const __BACKEND_URL__: string | undefined

const backendUrl = typeof __BACKEND_URL__ !== "undefined" && __BACKEND_URL__ ? __BACKEND_URL__ : "/"

export const sdk = new Medusa({
  baseUrl: backendUrl,
  auth: { type: "session" },
})
