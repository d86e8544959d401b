import type { ServerInfo } from '@common-ground/shared'
import { useT } from '../i18n/useT'

/**
 * Said plainly when the links point at this computer only (opened as localhost, no
 * PUBLIC_URL): they would not open on a phone. Lists this machine's network addresses,
 * each opening the board there with the facilitator's link, where Share makes links that
 * do work.
 */
export function AddressWarning({
  server,
  facilitatorLink,
}: {
  server: ServerInfo
  facilitatorLink: string | null
}) {
  const { t } = useT()
  if (!server.linkOriginIsLoopback) return null
  const path = facilitatorLink === null ? '' : pathAndHash(facilitatorLink)
  return (
    <div className="address-warning" role="alert" data-testid="address-warning">
      <p>{t('invite.address.loopback', { origin: server.linkOrigin })}</p>
      {server.networkOrigins.length > 0 ? (
        <>
          <p>{t('invite.address.useInstead')}</p>
          <ul data-testid="network-addresses">
            {server.networkOrigins.map((origin) => (
              <li key={origin}>
                <a href={origin + path}>{origin}</a>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('invite.address.none')}</p>
      )}
      <p className="small">{t('invite.address.operator')}</p>
    </div>
  )
}

function pathAndHash(link: string): string {
  try {
    const url = new URL(link)
    return url.pathname + url.hash
  } catch {
    return ''
  }
}
