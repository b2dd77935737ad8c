import { toCsv } from '../csv';

describe('CSV export', () => {
  it('writes a header and rows with CRLF, empty cells for missing values', () => {
    expect(
      toCsv(
        ['code', 'n'],
        [
          ['FES', 12],
          ['RABAT', null],
        ],
      ),
    ).toBe('code,n\r\nFES,12\r\nRABAT,\r\n');
  });

  it('quotes cells with commas, quotes, semicolons or line breaks, and keeps Arabic as is', () => {
    expect(toCsv(['a'], [['x, y'], ['say "hi"'], ['a;b'], ['l1\nl2'], ['فاس']])).toBe(
      'a\r\n"x, y"\r\n"say ""hi"""\r\n"a;b"\r\n"l1\nl2"\r\nفاس\r\n',
    );
  });
});

describe('CSV export and spreadsheets', () => {
  it('neutralises cells a spreadsheet would run as formulas, and keeps numbers as numbers', () => {
    const rows = [['=HYPERLINK("http://x")'], ['+1+1'], ['-2+3'], ['@SUM(A1)'], ['\tcmd'], ['-12.50'], [-3], ['a=b']];
    expect(toCsv(['a'], rows).split('\r\n')).toEqual([
      'a',
      `"'=HYPERLINK(""http://x"")"`,
      "'+1+1",
      "'-2+3",
      "'@SUM(A1)",
      "'\tcmd",
      '-12.50',
      '-3',
      'a=b',
      '',
    ]);
  });
});
