import { get } from 'node:http'
import { describe, expect, it } from 'vitest'
import { apiPaths, type CreateBoardResponse, type ServerInfo } from '@common-ground/shared'
import { createBoard, startTestServer } from '../serverTestkit.testkit.js'
import { isLoopbackHostname, networkOrigins } from './publicOrigin.js'

describe('PUBLIC_URL and GET /api/server-info', () => {
  it('A25: every link uses PUBLIC_URL, whatever address the request came to', async () => {
    const server = await startTestServer({ publicUrl: 'https://board.example.org' })
    const board = await createBoard(server.url)
    for (const link of Object.values(board.links)) {
      expect(link).toMatch(/^https:\/\/board\.example\.org\/b\//)
    }
    const links = await fetch(server.url + apiPaths.links(board.id), {
      headers: { Authorization: `Bearer ${board.tokens.facilitator}` },
    })
    const { links: current } = (await links.json()) as { links: CreateBoardResponse['links'] }
    expect(current.participant.startsWith('https://board.example.org/b/')).toBe(true)
    const info = (await (await fetch(server.url + apiPaths.serverInfo)).json()) as ServerInfo
    expect(info).toEqual({
      linkOrigin: 'https://board.example.org',
      publicUrlSet: true,
      linkOriginIsLoopback: false,
      networkOrigins: [],
    } satisfies ServerInfo)
  })

  it('A25: without PUBLIC_URL, a loopback address is flagged and the network addresses are listed', async () => {
    const server = await startTestServer()
    const info = (await (await fetch(server.url + apiPaths.serverInfo)).json()) as ServerInfo
    expect(info.linkOrigin).toBe(server.url)
    expect(info.publicUrlSet).toBe(false)
    expect(info.linkOriginIsLoopback).toBe(true)
    expect(info.networkOrigins).toEqual(networkOrigins(server.port))
  })

  it('A25: a request to a network address lists no other addresses', async () => {
    const server = await startTestServer()
    // fetch may not set Host; node:http may, as a phone's browser does.
    const info = await new Promise<ServerInfo>((resolve, reject) => {
      const request = get(
        server.url + apiPaths.serverInfo,
        { headers: { Host: `192.168.1.20:${server.port}` } },
        (response) => {
          let body = ''
          response.on('data', (chunk: Buffer) => (body += chunk.toString()))
          response.on('end', () => resolve(JSON.parse(body) as ServerInfo))
        },
      )
      request.on('error', reject)
    })
    expect(info).toMatchObject({ linkOriginIsLoopback: false, networkOrigins: [] })
    expect(info.linkOrigin).toBe(`http://192.168.1.20:${server.port}`)
  })

  it('recognises loopback names and lists only addresses other devices can reach', () => {
    for (const host of [
      'localhost',
      'LOCALHOST',
      'app.localhost',
      '127.0.0.1',
      '127.9.9.9',
      '[::1]',
      '0.0.0.0',
    ]) {
      expect(isLoopbackHostname(host)).toBe(true)
    }
    for (const host of ['192.168.1.5', 'board.example.org', '10.0.0.1', 'localhost.example.org']) {
      expect(isLoopbackHostname(host)).toBe(false)
    }
    const entry = (address: string, family: 'IPv4' | 'IPv6', internal = false) => ({
      address,
      family,
      internal,
      netmask: '',
      mac: '',
      cidr: null,
      ...(family === 'IPv6' ? { scopeid: 0 } : {}),
    })
    expect(
      networkOrigins(8080, {
        lo: [entry('127.0.0.1', 'IPv4', true), entry('::1', 'IPv6', true)],
        eth0: [
          entry('fe80::1', 'IPv6'),
          entry('2001:db8::5', 'IPv6'),
          entry('192.168.1.5', 'IPv4'),
        ],
      } as never),
    ).toEqual(['http://192.168.1.5:8080', 'http://[2001:db8::5]:8080'])
  })
})
