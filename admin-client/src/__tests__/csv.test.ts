import { toCsv } from '../csv';

describe('CSV export', () => {
  it('writes a header and rows with CRLF, empty cells for missing values', () => {
    expect(toCsv(['code', 'n'], [['FES', 12], ['RABAT', null]])).toBe('code,n\r\nFES,12\r\nRABAT,\r\n');
  });

  it('quotes cells with commas, quotes, semicolons or line breaks, and keeps Arabic as is', () => {
    expect(toCsv(['a'], [['x, y'], ['say "hi"'], ['a;b'], ['l1\nl2'], ['فاس']])).toBe('a\r\n"x, y"\r\n"say ""hi"""\r\n"a;b"\r\n"l1\nl2"\r\nفاس\r\n');
  });
});

describe('CSV export against formula injection', () => {
  it('prefixes a single quote to cells a spreadsheet would run as a formula, and leaves the others alone', () => {
    const csv = toCsv(['a'], [['=HYPERLINK("http://x","y")'], ['+212600'], ['-1+1'], ['@SUM(A1)'], ['\tx'], ['\rx'], ['a=b'], [-5]]);
    expect(csv.split('\r\n').slice(1, 7)).toEqual([`"'=HYPERLINK(""http://x"",""y"")"`, "'+212600", "'-1+1", "'@SUM(A1)", "'\tx", `"'\rx"`]);
    expect(csv.endsWith('\r\na=b\r\n-5\r\n')).toBe(true);
  });
});
