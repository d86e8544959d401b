import type { ClientConfig } from '@common-ground/shared'
import { useEffect, useState } from 'react'
import { fetchClientConfig } from './clientConfig'

// One request per page load; a failed one is retried by the next board that opens.
let pending: Promise<{ config: ClientConfig; fromServer: boolean }> | null = null

/** Starts the request early (the board page does, while the person types their name). */
export function loadConfig() {
  pending ??= fetchClientConfig().then((result) => {
    if (!result.fromServer) pending = null
    return result
  })
  return pending
}

/** The client config, or null while it is being fetched (a few seconds at most). */
export function useClientConfig(): ClientConfig | null {
  const [config, setConfig] = useState<ClientConfig | null>(null)
  useEffect(() => {
    let active = true
    void loadConfig().then((result) => {
      if (active) setConfig(result.config)
    })
    return () => {
      active = false
    }
  }, [])
  return config
}
