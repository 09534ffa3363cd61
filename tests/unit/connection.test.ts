import { describe, expect, it } from 'vitest';
import { CursorCodec, pageSize, toConnection } from '../../src/modules/shared/connection.js';
import { toLuceneQuery } from '../../src/modules/shared/lucene.js';
import { parseDate } from '../../src/modules/shared/dates.js';

const cursors = new CursorCodec(Buffer.from('a secret of the tests'));

describe('cursors', () => {
  it('round-trip the sort key and id', () => {
    expect(cursors.decode(cursors.encode({ sortKey: -190400000000, id: 'statement:abc' }))).toEqual({ afterKey: -190400000000, afterId: 'statement:abc' });
    expect(cursors.decode(cursors.encode({ sortKey: 'lavrov', id: 'person:x' }))).toEqual({ afterKey: 'lavrov', afterId: 'person:x' });
    expect(cursors.decode(null)).toEqual({ afterKey: null, afterId: null });
  });

  it('reject what they did not make, or made and then changed, with BAD_USER_INPUT', () => {
    const good = cursors.encode({ sortKey: 5, id: 'statement:abc' });
    const [body, signature] = good.split('.');
    const forged = Buffer.from(JSON.stringify([1e308, 'x'])).toString('base64url');
    const unsigned = ['', 'garbage', Buffer.from('[1]').toString('base64url'), Buffer.from('[5,"statement:abc"]').toString('base64url')];
    const tampered = [`${forged}.${signature}`, `${body}.${signature!.slice(0, -1)}A`, `${body}.`, `${good}.x`, `${good}${'A'.repeat(600)}`];
    const otherSecret = new CursorCodec(Buffer.from('another secret')).encode({ sortKey: 5, id: 'statement:abc' });
    for (const bad of [...unsigned, ...tampered, otherSecret]) {
      expect(() => cursors.decode(bad), bad).toThrowError(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    }
  });
});

describe('page size', () => {
  it('takes 1 to 100, 20 by default', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(100)).toBe(100);
    for (const bad of [0, -1, 101, 2.5]) expect(() => pageSize(bad)).toThrowError(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});

describe('toConnection', () => {
  const rows = [1, 2, 3].map((n) => ({ id: `x:${n}`, sortKey: n }));

  it('keeps one row more than the page to tell whether more follow, and reads list and count only when asked', async () => {
    let listed = 0;
    let counted = 0;
    const connection = toConnection(cursors, async () => (listed++, rows), 2, null, async (ids) => ids.map((id) => ({ id })), async () => ++counted);
    expect([listed, counted]).toEqual([0, 0]);
    expect(await connection.count()).toBe(1);
    expect(listed).toBe(0);
    const page = await connection.page();
    await connection.page();
    expect(listed).toBe(1);
    expect(page.edges.map((e) => e.node.id)).toEqual(['x:1', 'x:2']);
    expect(page.hasNextPage).toBe(true);
    expect(connection.hasPreviousPage).toBe(false);
    expect(await connection.count()).toBe(1);
    expect(cursors.decode(page.edges[1]!.cursor)).toEqual({ afterKey: 2, afterId: 'x:2' });
  });

  it('leaves out a node that vanished between the two reads', async () => {
    const connection = toConnection(cursors, async () => rows, 3, 'c', async (ids) => ids.map((id) => (id === 'x:2' ? null : { id })), async () => 0);
    const page = await connection.page();
    expect(page.edges.map((e) => e.node.id)).toEqual(['x:1', 'x:3']);
    expect(page.hasNextPage).toBe(false);
    expect(connection.hasPreviousPage).toBe(true);
  });
});

describe('full-text queries from user input', () => {
  it('escape Lucene syntax and require every word', () => {
    expect(toLuceneQuery('security guarantees')).toBe('security AND guarantees');
    expect(toLuceneQuery('NATO-Russia (council)')).toBe('NATO\\-Russia AND \\(council\\)');
    expect(toLuceneQuery('a AND OR b')).toBe('a AND b');
    expect(toLuceneQuery('   ')).toBeNull();
    expect(toLuceneQuery(null)).toBeNull();
  });
});

describe('dates', () => {
  it('accept calendar days only', () => {
    expect(parseDate('2022-02-17', 'd')).toBe('2022-02-17');
    for (const bad of ['2022-02-30', '2022-2-17', '17 Feb 2022', '2022-02-17T00:00:00Z']) {
      expect(() => parseDate(bad, 'd')).toThrowError(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    }
  });
});
