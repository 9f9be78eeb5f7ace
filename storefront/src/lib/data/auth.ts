import "server-only"
import { cookies } from "next/headers"

/** The signed-in customer's Medusa JWT, kept in an httpOnly cookie and never exposed to scripts. */
export const AUTH_COOKIE = "_afesip_jwt"

export async function getAuthHeaders(): Promise<{ authorization: string } | Record<string, never>> {
  const token = (await cookies()).get(AUTH_COOKIE)?.value
  return token ? { authorization: `Bearer ${token}` } : {}
}

export async function setAuthToken(token: string) {
  ;(await cookies()).set(AUTH_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production" && process.env.INSECURE_COOKIES !== "true",
    maxAge: 60 * 60 * 24 * 7,
    path: "/",
  })
}

export async function removeAuthToken() {
  ;(await cookies()).set(AUTH_COOKIE, "", { maxAge: -1, path: "/" })
}
