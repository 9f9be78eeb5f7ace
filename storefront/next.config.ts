import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts")

/** Product images are served by the backend's /static folder. */
const imageOrigins = [process.env.NEXT_PUBLIC_MEDUSA_BACKEND_URL, process.env.MEDUSA_BACKEND_URL, "http://localhost:9000"]
  .filter((u): u is string => Boolean(u))
  .map((u) => new URL(u))

/** A backend on this machine or a private network (dev, tests, compose) is a trusted image source. */
const backendIsLocal = imageOrigins.some((u) => /^(localhost|127\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|\[::1\])/.test(u.hostname) || !u.hostname.includes("."))

const nextConfig: NextConfig = {
  poweredByHeader: false,
  images: {
    formats: ["image/avif", "image/webp"],
    dangerouslyAllowLocalIP: backendIsLocal,
    remotePatterns: imageOrigins.map((u) => ({
      protocol: u.protocol.replace(":", "") as "http" | "https",
      hostname: u.hostname,
      port: u.port,
      pathname: "/static/**",
    })),
  },
}

export default withNextIntl(nextConfig)
