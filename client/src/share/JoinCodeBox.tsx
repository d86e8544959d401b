import { useT } from '../i18n/useT'

/** The participant join code, large enough to read off a projector, beside the QR code. */
export function JoinCodeBox({ code }: { code: string | null }) {
  const { t } = useT()
  return (
    <div className="join-code-box" data-testid="join-code-box">
      <h4>{t('invite.code.heading')}</h4>
      {code === null ? (
        <p>{t('invite.code.unavailable')}</p>
      ) : (
        <>
          <p
            className="join-code"
            data-testid="join-code"
            aria-label={t('invite.code.label', { code: code.split('').join(' ') })}
          >
            {code}
          </p>
          <p className="small">{t('invite.code.body')}</p>
        </>
      )}
    </div>
  )
}
