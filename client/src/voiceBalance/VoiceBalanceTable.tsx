import {
  CONTRIBUTION_KINDS,
  perPerson,
  type FrameBalance,
  type GroupBalance,
  type VoiceBalance,
} from '@common-ground/shared'
import { useId, useState } from 'react'
import { useT } from '../i18n/useT'
import { groupName } from './groupName'
import '../voting/voting.css'

const COLUMN_KEYS = {
  cards: 'voiceBalance.column.cards',
  changes: 'voiceBalance.column.changes',
  connections: 'voiceBalance.column.connections',
  dots: 'voiceBalance.column.dots',
  ratings: 'voiceBalance.column.ratings',
} as const

/**
 * Voice balance (SPEC 41, 42): contributions by way of taking part, with how many people
 * are in each group and each group's contributions per person, so groups of different
 * sizes compare fairly. For the session or one frame (a stage's area). No names: the
 * server sends none.
 */
export function VoiceBalanceTable({
  balance,
  heading,
}: {
  balance: VoiceBalance
  heading: string
}) {
  const translation = useT()
  const { t } = translation
  const id = useId()
  const [scope, setScope] = useState('')
  const frame: FrameBalance | undefined = balance.frames.find((f) => f.frameId === scope)
  const rows: GroupBalance[] = frame ? frame.groups : balance.session
  const shown = rows.filter((row) => row.people > 0 || CONTRIBUTION_KINDS.some((k) => row[k] > 0))
  const format = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1))
  return (
    <section className="cg-balance" aria-labelledby={`${id}-h`} data-testid="voice-balance">
      <h3 id={`${id}-h`}>{heading}</h3>
      <p className="hint">{t('voiceBalance.hint')}</p>
      <label className="cg-row">
        {t('voiceBalance.scope')}
        <select value={scope} onChange={(event) => setScope(event.target.value)}>
          <option value="">{t('voiceBalance.session')}</option>
          {balance.frames.map((f) => (
            <option key={f.frameId} value={f.frameId}>
              {f.name.trim() || t('voting.untitledFrame')}
            </option>
          ))}
        </select>
      </label>
      {shown.length === 0 ? (
        <p>{t('voiceBalance.empty')}</p>
      ) : (
        <div className="cg-table-scroll" role="region" aria-labelledby={`${id}-h`} tabIndex={0}>
          <table>
            <caption className="visually-hidden">{heading}</caption>
            <thead>
              <tr>
                <th scope="col">{t('voiceBalance.column.group')}</th>
                <th scope="col">{t('voiceBalance.column.people')}</th>
                {CONTRIBUTION_KINDS.map((kind) => (
                  <th scope="col" key={kind}>
                    {t(COLUMN_KEYS[kind])}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <tr key={row.takesPartAs} data-testid={`balance-${row.takesPartAs}`}>
                  <th scope="row">{groupName(translation, row.takesPartAs)}</th>
                  <td data-testid="balance-people">{row.people}</td>
                  {CONTRIBUTION_KINDS.map((kind) => (
                    <td key={kind} data-testid={`balance-${kind}`}>
                      {row[kind]}
                      {row.people > 0 && row[kind] > 0 && (
                        <span className="hint">
                          {' '}
                          {t('voiceBalance.perPerson', { value: format(perPerson(row, kind)) })}
                        </span>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
