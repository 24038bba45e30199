import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('csvCell quoting', () => {
  it('leaves a plain value unquoted', () => {
    expect(csvCell('Nordic Media AB')).toBe('Nordic Media AB');
    expect(csvCell('Östra Design GmbH')).toBe('Östra Design GmbH');
    expect(csvCell(42)).toBe('42');
  });

  it('quotes a value with a comma, a semicolon, a newline or a carriage return', () => {
    expect(csvCell('Acme, Inc.')).toBe('"Acme, Inc."');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvCell('line 1\r\nline 2')).toBe('"line 1\r\nline 2"');
  });

  it('quotes a value with a quote and doubles the quote', () => {
    expect(csvCell('The "Best" Ltd')).toBe('"The ""Best"" Ltd"');
    expect(csvCell('"')).toBe('""""');
  });

  it('writes null and undefined as an empty cell', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell('')).toBe('');
  });
});

describe('csvCell against formula injection', () => {
  it.each(['=SUM(A1:A2)', '+1', '-2+3', '@cmd', '=HYPERLINK("x")'])(
    'prefixes the string %j with an apostrophe',
    (value) => {
      const cell = csvCell(value);
      const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
      expect(unquoted).toBe(`'${value}`);
    },
  );

  it('prefixes a leading tab and a leading carriage return, and quotes the latter', () => {
    expect(csvCell('\tfoo')).toBe("'\tfoo");
    expect(csvCell('\rfoo')).toBe('"\'\rfoo"');
  });

  it('quotes an escaped formula that also holds a comma or a quote', () => {
    expect(csvCell('=1,2')).toBe('"\'=1,2"');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
  });

  it('leaves numbers, negative ones included, as they are', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(-0.25)).toBe('-0.25');
    expect(csvCell(0)).toBe('0');
  });

  it('leaves a formula character in the middle of a string alone', () => {
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('PO-2026-12345')).toBe('PO-2026-12345');
    expect(csvCell('ann@acme.example')).toBe('ann@acme.example');
  });
});

describe('toCsv', () => {
  it('starts with a byte-order mark, separates rows with CRLF and ends with CRLF', () => {
    const text = toCsv(
      ['Company', 'Licences'],
      [
        ['Acme, Inc.', 5],
        ['=evil', -5],
        [null, undefined],
      ],
    );
    expect(text).toBe('\uFEFFCompany,Licences\r\n"Acme, Inc.",5\r\n\'=evil,-5\r\n,\r\n');
    expect(text.charCodeAt(0)).toBe(0xfeff);
  });

  it('writes a header only when there are no rows', () => {
    expect(toCsv(['a', 'b'], [])).toBe('\uFEFFa,b\r\n');
  });

  it('keeps a quoted newline inside its row', () => {
    const text = toCsv(['note'], [['one\ntwo']]);
    expect(text.slice(1).split('\r\n')).toEqual(['note', '"one\ntwo"', '']);
  });
});
