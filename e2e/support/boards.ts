import {
  apiPaths,
  BEARER_PREFIX,
  isBoardId,
  tokenFromHash,
  type BoardId,
  type BoardLinks,
  type CreateBoardResponse,
  type RotatableRole,
  type RotateLinkResponse,
} from '@common-ground/shared'

/** A board made through the API, as the home page makes it. */
export interface TestBoard {
  id: BoardId
  title: string
  /** Absolute page URLs with the role's token in the fragment (`/b/<id>#t=<token>`). */
  links: BoardLinks
}

/** `POST /api/boards` from Node, against the test server; `template` is a template id. */
export async function createBoard(
  origin: string,
  title = 'Test board',
  template?: string,
): Promise<TestBoard> {
  const response = await fetch(new URL(apiPaths.boards, origin), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(template === undefined ? { title } : { title, template }),
  })
  if (response.status !== 201) {
    throw new Error(`POST ${apiPaths.boards} answered ${response.status}: ${await response.text()}`)
  }
  const { id, title: storedTitle, links } = (await response.json()) as CreateBoardResponse
  return { id, title: storedTitle, links }
}

/** The token in a link's fragment. */
export function tokenOf(link: string): string {
  const token = tokenFromHash(new URL(link).hash)
  if (token === null) throw new Error(`no token in ${link}`)
  return token
}

/** The board id in a link's path. */
export function boardIdOf(link: string): BoardId {
  const id = new URL(link).pathname.split('/').pop()
  if (!isBoardId(id)) throw new Error(`no board id in ${link}`)
  return id
}

/** The same link with another token, e.g. one that was never issued. */
export function withToken(link: string, token: string): string {
  const url = new URL(link)
  url.hash = `t=${token}`
  return url.href
}

/** Replaces a role's link through the API, with the facilitator's token; returns the new link. */
export async function rotateLink(board: TestBoard, role: RotatableRole): Promise<string> {
  const response = await fetch(
    new URL(apiPaths.rotateLink(board.id, role), board.links.facilitator),
    {
      method: 'POST',
      headers: { Authorization: `${BEARER_PREFIX}${tokenOf(board.links.facilitator)}` },
    },
  )
  if (!response.ok) {
    throw new Error(
      `rotating the ${role} link answered ${response.status}: ${await response.text()}`,
    )
  }
  return ((await response.json()) as RotateLinkResponse).link
}
