// Child-process helpers shared by the launcher, the test runner and the benchmarks.
import { spawn } from "node:child_process"
import { existsSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..")
export const BIN = path.join(ROOT, "node_modules", ".bin")

const children = new Set()

/** Runs a command to completion, streaming its output with a prefix; rejects on a non-zero exit. */
export function run(command, args, { cwd = ROOT, env = {}, label = path.basename(command), quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit" })
    let output = ""
    if (quiet) {
      child.stdout.on("data", (d) => (output += d))
      child.stderr.on("data", (d) => (output += d))
    }
    child.on("error", reject)
    child.on("exit", (code, signal) => {
      if (code === 0) resolve(output)
      else {
        if (quiet) process.stderr.write(output)
        reject(new Error(`${label} exited with ${signal ?? code}`))
      }
    })
  })
}

/**
 * Starts a long-running server in its own process group (so that stopping it
 * also stops whatever it spawned) and prefixes its output.
 */
export function startService(name, command, args, { cwd = ROOT, env = {}, logFile } = {}) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  })
  const prefix = `[${name}] `
  const forward = (stream, target) => {
    let buffered = ""
    stream.on("data", (chunk) => {
      buffered += chunk
      const lines = buffered.split("\n")
      buffered = lines.pop()
      for (const line of lines) {
        if (logFile) logFile.write(line + "\n")
        else target.write(prefix + line + "\n")
      }
    })
  }
  forward(child.stdout, process.stdout)
  forward(child.stderr, process.stderr)
  children.add(child)
  child.on("exit", () => children.delete(child))
  return child
}

export function stopService(child, signal = "SIGTERM") {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try { process.kill(-child.pid, "SIGKILL") } catch {}
      resolve()
    }, 8000)
    child.once("exit", () => {
      clearTimeout(timer)
      resolve()
    })
    try { process.kill(-child.pid, signal) } catch { clearTimeout(timer); resolve() }
  })
}

export async function stopAllServices() {
  await Promise.all([...children].map((c) => stopService(c)))
}

/** Polls a URL until it answers 2xx/3xx, or fails after the timeout. */
export async function waitForUrl(url, { timeoutMs = 180_000, child } = {}) {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (child && child.exitCode !== null) throw new Error(`${url}: the server exited with ${child.exitCode} before it was ready`)
    try {
      const res = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(5000) })
      if (res.status < 400) return Date.now() - started
    } catch {}
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${url} was not ready after ${timeoutMs / 1000} s`)
}

/** Installs the workspaces when node_modules is missing or older than the lockfile. */
export async function ensureDependencies() {
  const marker = path.join(ROOT, "node_modules", ".package-lock.json")
  if (existsSync(path.join(BIN, "medusa")) && existsSync(path.join(BIN, "next")) && existsSync(marker)) return false
  const hasLock = existsSync(path.join(ROOT, "package-lock.json"))
  console.log(`Installing dependencies (npm ${hasLock ? "ci" : "install"}, about two minutes the first time)…`)
  await run("npm", [hasLock ? "ci" : "install", "--no-audit", "--no-fund"], { label: "npm install" })
  return true
}
