import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os'
import type { Request } from 'express'

/** The Express setting that holds `PUBLIC_URL` for every router of the app. */
export const PUBLIC_URL_SETTING = 'common-ground public url'

/**
 * The origin links are made with: `PUBLIC_URL` when set, otherwise `http(s)://host[:port]`
 * as the person reached us (behind a proxy, with TRUST_PROXY, Express takes the scheme
 * and host from `X-Forwarded-Proto` / `X-Forwarded-Host`).
 */
export function linkOrigin(req: Request): string {
  const configured: unknown = req.app.get(PUBLIC_URL_SETTING)
  if (typeof configured === 'string') return configured
  return `${req.protocol}://${req.host ?? 'localhost'}`
}

/**
 * True for addresses that only ever mean "this machine": `localhost` (and its
 * subdomains), 127.0.0.0/8, `::1` and `0.0.0.0`. A link with one of these works only on
 * the computer that opened it, never on a phone.
 */
export function isLoopbackHostname(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '')
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    /^127(\.\d{1,3}){3}$/.test(host) ||
    host === '::1' ||
    host === '0:0:0:0:0:0:0:1' ||
    host === '0.0.0.0' ||
    host === '::'
  )
}

/**
 * `http://<address>:<port>` for each address other devices could reach this machine at:
 * IPv4 first (what people can type), then global IPv6; never loopback or link-local ones,
 * which no other device can use.
 */
export function networkOrigins(
  port: number | string,
  interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces(),
): string[] {
  const v4: string[] = []
  const v6: string[] = []
  for (const entries of Object.values(interfaces)) {
    for (const entry of entries ?? []) {
      if (entry.internal) continue
      if (entry.family === 'IPv4') v4.push(`http://${entry.address}:${port}`)
      else if (!/^fe80:/i.test(entry.address)) v6.push(`http://[${entry.address}]:${port}`)
    }
  }
  return [...v4, ...v6]
}
