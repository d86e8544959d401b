import { describe, expect, it } from 'vitest'
import { encodeCsv } from './csv.js'

describe('encodeCsv', () => {
  it('starts with a byte order mark and ends every row with CRLF (RFC 4180)', () => {
    expect(
      encodeCsv([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('\uFEFFa,b\r\nc,d\r\n')
    expect(encodeCsv([])).toBe('\uFEFF')
  })

  it('quotes fields holding commas, quotes or line breaks, doubling quotes', () => {
    expect(encodeCsv([['a,b', 'say "hi"', 'two\nlines', 'cr\r', 'plain']])).toBe(
      '\uFEFF"a,b","say ""hi""","two\nlines","cr\r",plain\r\n',
    )
  })

  it('keeps spreadsheet formulas as text with a leading single quote', () => {
    expect(encodeCsv([['=1+1', '+44 20', '-3', '@SUM(A1)', '\tx', 'a=b', '']])).toBe(
      "\uFEFF'=1+1,'+44 20,'-3,'@SUM(A1),'\tx,a=b,\r\n",
    )
    expect(encodeCsv([['=HYPERLINK("x","y")']])).toBe('\uFEFF"\'=HYPERLINK(""x"",""y"")"\r\n')
  })

  it('keeps text in any script as it is', () => {
    expect(encodeCsv([['Zoë', 'مرحبا', '🤝']])).toBe('\uFEFFZoë,مرحبا,🤝\r\n')
  })
})
