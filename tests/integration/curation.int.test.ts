import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { exportAudit } from '../../src/export/export.js';
import { reextract } from '../../src/ingest/reextract.js';
import { loadExample } from '../../src/ingest/example.js';
import { readApiKeys } from '../../src/config.js';
import { testConfig, useExampleServer } from '../helpers/db.js';

// keys: a curator with a name (the audit trail shows it), a reader who may not curate
const fixture = useExampleServer({
  config: testConfig({ apiKeys: readApiKeys({ SAIDGRAPH_API_KEYS: 'ada=curator-key-1:read+curate+ingest,reader-key-1:read' }) }),
});
const CURATOR = { authorization: 'Bearer curator-key-1' };

async function curate<T = any>(query: string, variables: Record<string, unknown> = {}) {
  return fixture.server.query<T>(query, variables, CURATOR);
}

async function ok<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const answer = await curate<T>(query, variables);
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data;
}

async function code(query: string, variables: Record<string, unknown> = {}): Promise<string | undefined> {
  const answer = await curate(query, variables);
  return answer.errors?.[0]?.extensions?.code;
}

const person = (name: string) =>
  ok<{ person: { id: string; version: number; aliases: string[]; statements: { nodes: Array<{ id: string; version: number; text: string }> } } | null }>(
    `query($n: String!) { person(name: $n) { id version aliases statements(first: 100) { nodes { id version text } } } }`,
    { n: name },
  ).then((d) => d.person);

const statement = (id: string) =>
  ok<{ statement: any }>(
    `query($id: ID!) { statement(id: $id) { id version speaker { ... on Person { id name } ... on Organization { id name } } inCapacityOf { id } attribution { origin curatedFields confidence method } } }`,
    { id },
  ).then((d) => d.statement);

/** Everything a curation must survive: the same articles again and a re-extraction of all. */
async function reingestAndReextract() {
  await loadExample(fixture.database.db);
  await reextract(fixture.database.db, { all: true });
}

const UPDATE = `mutation($id: ID!, $v: Int!, $input: EntityPatch!, $why: String) {
  updateEntity(id: $id, version: $v, input: $input, reason: $why) {
    entity { id ... on Person { name aliases version curatedFields wikidataId } ... on Organization { name version kind } }
    edit { id actor operation reason before after entityIds }
  }
}`;

describe('curation', () => {
  it('needs the curate scope', async () => {
    const lavrov = (await person('Sergey Lavrov'))!;
    const asReader = await fixture.server.query(UPDATE, { id: lavrov.id, v: lavrov.version, input: { description: 'x' } }, { authorization: 'Bearer reader-key-1' });
    expect(asReader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await fixture.server.query(UPDATE, { id: lavrov.id, v: lavrov.version, input: { description: 'x' } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await person('Sergey Lavrov'))!.version).toBe(lavrov.version);
  });

  it('updateEntity changes fields, records who and why, refuses a stale version, and survives ingestion', async () => {
    const lavrov = (await person('Sergey Lavrov'))!;
    const data = await ok(UPDATE, { id: lavrov.id, v: lavrov.version, input: { aliases: ['Sergei Lavrov', 'S. V. Lavrov'], wikidataId: 'Q150851' }, why: 'spellings checked' });
    const { entity, edit } = data.updateEntity;
    expect(entity.aliases).toEqual(['Sergei Lavrov', 'S. V. Lavrov']);
    expect(entity.version).toBe(lavrov.version + 1);
    expect(entity.curatedFields).toEqual(['aliases', 'wikidataId']);
    expect(edit).toMatchObject({ actor: 'ada', operation: 'updateEntity', reason: 'spellings checked', entityIds: [lavrov.id] });
    expect(edit.before[lavrov.id].aliases).toEqual(lavrov.aliases);
    expect(edit.after[lavrov.id].aliases).toEqual(['Sergei Lavrov', 'S. V. Lavrov']);

    const stale = await curate(UPDATE, { id: lavrov.id, v: lavrov.version, input: { description: 'late' } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: lavrov.version + 1 });

    await reingestAndReextract();
    const after = (await person('Sergey Lavrov'))!;
    expect(after.aliases).toEqual(['Sergei Lavrov', 'S. V. Lavrov']);
  });

  it('correctAttribution moves a statement to another speaker, marks it CURATED, and re-extraction keeps it there', async () => {
    const lavrov = (await person('Sergey Lavrov'))!;
    const peskov = (await person('Dmitry Peskov'))!;
    const moved = lavrov.statements.nodes[0]!;
    const data = await ok(
      `mutation($s: ID!, $v: Int!, $sp: ID!) { correctAttribution(statementId: $s, version: $v, speakerId: $sp, officeId: null, reason: "the next paragraph names Peskov") {
        statement { id version speaker { ... on Person { id } } inCapacityOf { id } attribution { origin curatedFields confidence method } }
        edit { operation before after statementIds entityIds } } }`,
      { s: moved.id, v: moved.version, sp: peskov.id },
    );
    expect(data.correctAttribution.statement).toMatchObject({
      id: moved.id,
      version: moved.version + 1,
      speaker: { id: peskov.id },
      inCapacityOf: null,
      attribution: { origin: 'CURATED', curatedFields: ['speaker', 'office'], confidence: 1, method: 'curated' },
    });
    expect(data.correctAttribution.edit.before[moved.id].speakerId).toBe(lavrov.id);
    expect(data.correctAttribution.edit.after[moved.id].speakerId).toBe(peskov.id);

    await reingestAndReextract();
    expect(await statement(moved.id)).toMatchObject({ speaker: { id: peskov.id }, inCapacityOf: null, attribution: { origin: 'CURATED' } });
    expect((await person('Sergey Lavrov'))!.statements.nodes.map((s) => s.id)).not.toContain(moved.id);
    expect((await person('Dmitry Peskov'))!.statements.nodes.map((s) => s.id)).toContain(moved.id);
    const untouched = (await person('Sergey Lavrov'))!.statements.nodes[0]!;
    expect((await statement(untouched.id)).attribution).toMatchObject({ origin: 'MACHINE', curatedFields: [] });
  });

  it('splitEntity moves statements to a new entity; a statement of another speaker is refused', async () => {
    const lavrov = (await person('Sergey Lavrov'))!;
    const peskov = (await person('Dmitry Peskov'))!;
    const [a, b] = lavrov.statements.nodes;
    const SPLIT = `mutation($id: ID!, $v: Int!, $s: [ID!]!, $into: EntityInput!) { splitEntity(id: $id, version: $v, statementIds: $s, into: $into, reason: "two people") {
      from { id ... on Person { version } } into { id ... on Person { name curatedFields statements { nodes { id } } } } edit { operation statementIds } } }`;
    expect(await code(SPLIT, { id: lavrov.id, v: lavrov.version, s: [a!.id, peskov.statements.nodes[0]!.id], into: { name: 'Someone Else' } })).toBe('NOT_THE_SPEAKER');
    expect(await code(SPLIT, { id: lavrov.id, v: lavrov.version, s: [a!.id], into: { id: lavrov.id } })).toBe('MERGE_INTO_SELF');
    expect(await code(SPLIT, { id: lavrov.id, v: lavrov.version, s: [a!.id], into: { name: 'Dmitry Peskov' } })).toBe('ALREADY_EXISTS');
    expect(await code(SPLIT, { id: lavrov.id, v: lavrov.version, s: ['statement:nope'], into: { name: 'Someone Else' } })).toBe('NOT_FOUND');
    expect((await person('Sergey Lavrov'))!.version).toBe(lavrov.version);

    const data = await ok(SPLIT, { id: lavrov.id, v: lavrov.version, s: [a!.id, b!.id], into: { name: 'Sergey Lavrov Junior' } });
    expect(data.splitEntity.into).toMatchObject({ name: 'Sergey Lavrov Junior', curatedFields: ['name', 'type'] });
    expect(data.splitEntity.into.statements.nodes.map((s: { id: string }) => s.id).sort()).toEqual([a!.id, b!.id].sort());
    expect(data.splitEntity.from.version).toBe(lavrov.version + 1);

    await reingestAndReextract();
    const junior = (await person('Sergey Lavrov Junior'))!;
    expect(junior.statements.nodes.map((s) => s.id).sort()).toEqual([a!.id, b!.id].sort());
    expect((await person('Sergey Lavrov'))!.statements.nodes.map((s) => s.id)).not.toContain(a!.id);
  });

  it('mergeEntities joins entities of one type; old ids keep answering; bad merges change nothing', async () => {
    const junior = (await person('Sergey Lavrov Junior'))!;
    const lavrov = (await person('Sergey Lavrov'))!;
    const MERGE = `mutation($into: ID!, $v: Int!, $from: [ID!]!) { mergeEntities(into: $into, version: $v, from: $from, reason: "one person") {
      entity { id ... on Person { version aliases mergedIds statements(first: 100) { nodes { id } } } } edit { operation entityIds before } } }`;
    expect(await code(MERGE, { into: lavrov.id, v: lavrov.version, from: [lavrov.id] })).toBe('MERGE_INTO_SELF');
    expect(await code(MERGE, { into: lavrov.id, v: lavrov.version, from: ['organization:russia'] })).toBe('TYPE_MISMATCH');
    expect(await code(MERGE, { into: lavrov.id, v: lavrov.version, from: ['person:nobody-at-all'] })).toBe('NOT_FOUND');
    expect(await code(MERGE, { into: lavrov.id, v: lavrov.version - 1, from: [junior.id] })).toBe('CONFLICT');

    const data = await ok(MERGE, { into: lavrov.id, v: lavrov.version, from: [junior.id] });
    const merged = data.mergeEntities.entity;
    expect(merged.mergedIds).toEqual([junior.id]);
    expect(merged.aliases).toContain('Sergey Lavrov Junior');
    const ids = merged.statements.nodes.map((s: { id: string }) => s.id);
    for (const s of junior.statements.nodes) expect(ids).toContain(s.id);

    const old = await ok(`query($id: ID!) { node(id: $id) { id } person(id: $id) { id name } }`, { id: junior.id });
    expect(old).toEqual({ node: { id: lavrov.id }, person: { id: lavrov.id, name: 'Sergey Lavrov' } });
    // one person now, known also by the name of the one merged
    expect((await ok(`{ people(where: { name: "Junior" }) { nodes { id } } }`)).people.nodes).toEqual([{ id: lavrov.id }]);
    // the old id's audit trail stays with it
    const trail = await ok(`query($id: ID!) { edits(entityId: $id) { nodes { operation } } }`, { id: junior.id });
    expect(trail.edits.nodes.map((e: { operation: string }) => e.operation)).toEqual(['splitEntity', 'mergeEntities']);

    await reingestAndReextract();
    const after = (await person('Sergey Lavrov'))!;
    for (const s of junior.statements.nodes) expect(after.statements.nodes.map((n) => n.id)).toContain(s.id);
  });

  it('tenures: add, update, remove; a removed one does not come back with the reference data', async () => {
    const lavrov = (await person('Sergey Lavrov'))!;
    const tenures = await ok(`query($id: ID!) { person(id: $id) { tenures { id version origin source start end office { id } } } }`, { id: lavrov.id });
    const reference = tenures.person.tenures[0];
    expect(reference.origin).toBe('REFERENCE');

    const ADD = `mutation($input: TenureInput!) { addTenure(input: $input, reason: "UN years") { tenure { id version origin source start end } edit { operation after } } }`;
    const added = (await ok(ADD, { input: { personId: lavrov.id, officeId: reference.office.id, start: '1994-04-12', end: '2004-03-09', source: 'https://www.un.org' } })).addTenure.tenure;
    expect(added).toMatchObject({ version: 1, origin: 'CURATED', source: 'https://www.un.org', start: '1994-04-12', end: '2004-03-09' });
    expect(await code(ADD, { input: { personId: lavrov.id, officeId: reference.office.id, start: '1994-04-12' } })).toBe('ALREADY_EXISTS');
    expect(await code(ADD, { input: { personId: reference.office.id, officeId: reference.office.id } })).toBe('TYPE_MISMATCH');
    expect(await code(ADD, { input: { personId: lavrov.id, officeId: reference.office.id, start: '2010-01-01', end: '2009-01-01' } })).toBe('BAD_USER_INPUT');

    const UPDATE_TENURE = `mutation($id: ID!, $v: Int!, $input: TenurePatch!) { updateTenure(id: $id, version: $v, input: $input) { tenure { version end origin } } }`;
    expect((await ok(UPDATE_TENURE, { id: added.id, v: 1, input: { end: '2004-03-08' } })).updateTenure.tenure).toEqual({ version: 2, end: '2004-03-08', origin: 'CURATED' });
    expect(await code(UPDATE_TENURE, { id: added.id, v: 1, input: { end: '2004-03-07' } })).toBe('CONFLICT');

    const REMOVE = `mutation($id: ID!, $v: Int!) { removeTenure(id: $id, version: $v, reason: "wrong office") { tenure { id } edit { before after } } }`;
    const removed = await ok(REMOVE, { id: reference.id, v: reference.version });
    expect(removed.removeTenure.tenure).toBeNull();
    expect(removed.removeTenure.edit.after[reference.id].removed).toBe(true);
    expect(await code(REMOVE, { id: reference.id, v: reference.version })).toBe('NOT_FOUND');

    await reingestAndReextract();
    const now = await ok(`query($id: ID!) { person(id: $id) { tenures { id origin } } }`, { id: lavrov.id });
    expect(now.person.tenures.map((t: { id: string }) => t.id)).toEqual([added.id]);
  });

  it('retractArticle takes its statements out of every answer until restoreArticle; ingesting it again writes nothing', async () => {
    const { articles } = await ok(`{ articles(first: 10) { nodes { id title version } } }`);
    const article = articles.nodes.find((a: { title: string }) => /Lavrov/.test(a.title)) ?? articles.nodes[0];
    const before = await ok(`query($id: ID!) { statements(where: { articleId: $id }, first: 100) { totalCount } all: statements { totalCount } }`, { id: article.id });
    expect(before.statements.totalCount).toBeGreaterThan(0);

    const RETRACT = `mutation($id: ID!, $v: Int!, $why: String!) { retractArticle(id: $id, version: $v, reason: $why) { article { id version retractedAt retractionReason } statementsAffected edit { operation statementIds } } }`;
    expect(await code(RETRACT, { id: article.id, v: article.version, why: '  ' })).toBe('BAD_USER_INPUT');
    const done = (await ok(RETRACT, { id: article.id, v: article.version, why: 'the outlet withdrew it' })).retractArticle;
    expect(done.article).toMatchObject({ version: article.version + 1, retractionReason: 'the outlet withdrew it' });
    expect(done.statementsAffected).toBeGreaterThan(0);
    expect(await code(RETRACT, { id: article.id, v: article.version + 1, why: 'again' })).toBe('ALREADY_RETRACTED');

    const gone = await ok(`query($id: ID!) { statements(where: { articleId: $id }) { totalCount } all: statements { totalCount } articles { nodes { id } } }`, { id: article.id });
    expect(gone.statements.totalCount).toBe(0);
    expect(gone.all.totalCount).toBe(before.all.totalCount - done.statementsAffected);
    expect(gone.articles.nodes.map((a: { id: string }) => a.id)).not.toContain(article.id);

    await reingestAndReextract();
    expect((await ok(`{ statements { totalCount } }`)).statements.totalCount).toBe(gone.all.totalCount);

    const RESTORE = `mutation($id: ID!, $v: Int!) { restoreArticle(id: $id, version: $v) { article { retractedAt } statementsAffected } }`;
    const restored = (await ok(RESTORE, { id: article.id, v: article.version + 1 })).restoreArticle;
    expect(restored).toEqual({ article: { retractedAt: null }, statementsAffected: done.statementsAffected });
    expect(await code(RESTORE, { id: article.id, v: article.version + 2 })).toBe('NOT_RETRACTED');
    expect((await ok(`{ statements { totalCount } }`)).statements.totalCount).toBe(before.all.totalCount);
  });

  it('of two edits of one entity made at once from the same version, one wins and the other gets CONFLICT', async () => {
    const peskov = (await person('Dmitry Peskov'))!;
    const answers = await Promise.all(
      ['first', 'second', 'third', 'fourth'].map((d) => curate(UPDATE, { id: peskov.id, v: peskov.version, input: { description: d } })),
    );
    const codes = answers.map((a) => a.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
    expect((await person('Dmitry Peskov'))!.version).toBe(peskov.version + 1);
  });

  it('the audit trail has every write in order, ingestion and reference data included', async () => {
    const all = await ok(`{ edits(first: 100) { nodes { sequence actor operation } pageInfo { hasNextPage endCursor } } }`);
    const operations = all.edits.nodes.map((e: { operation: string }) => e.operation);
    expect(operations.slice(0, 3)).toEqual(['importReference', 'ingestArticle', 'ingestArticle']);
    expect(operations).toEqual(expect.arrayContaining(['updateEntity', 'correctAttribution', 'splitEntity', 'mergeEntities', 'addTenure', 'removeTenure', 'retractArticle', 'restoreArticle', 'reextractArticle']));
    const sequences = all.edits.nodes.map((e: { sequence: number }) => e.sequence);
    expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
    expect(all.edits.nodes[0].actor).toBe('example');

    const last = all.edits.nodes.at(-1);
    expect((await ok(`query($id: ID!) { node(id: $id) { ... on Edit { sequence operation } } }`, { id: `edit:${last.sequence}` })).node).toEqual({ sequence: last.sequence, operation: last.operation });
    const page1 = await ok(`{ edits(first: 2) { nodes { sequence } pageInfo { endCursor } } }`);
    const page2 = await ok(`query($after: String) { edits(first: 2, after: $after) { nodes { sequence } } }`, { after: page1.edits.pageInfo.endCursor });
    expect(page2.edits.nodes.map((e: { sequence: number }) => e.sequence)).toEqual(sequences.slice(2, 4));

    const lavrov = (await person('Sergey Lavrov'))!;
    const own = await ok(`query($id: ID!) { person(id: $id) { edits(first: 100) { nodes { operation entityIds } } } }`, { id: lavrov.id });
    for (const e of own.person.edits.nodes) expect(e.entityIds).toContain(lavrov.id);
    expect(own.person.edits.nodes.map((e: { operation: string }) => e.operation)).toEqual(expect.arrayContaining(['updateEntity', 'splitEntity', 'mergeEntities']));
  });

  it('export --format audit writes the same trail as JSON lines, whole or for one entity', async () => {
    const collect = async (filter: Parameters<typeof exportAudit>[1]) => {
      const out = new PassThrough();
      const chunks: string[] = [];
      out.on('data', (c: Buffer) => chunks.push(c.toString()));
      const count = await exportAudit(fixture.database.db, filter, out);
      return { count, lines: chunks.join('').trim().split('\n').map((l) => JSON.parse(l)) };
    };
    const all = await collect({});
    const api = await ok(`{ edits(first: 100) { nodes { id sequence operation after } } }`);
    expect(all.count).toBe(api.edits.nodes.length);
    expect(all.lines.map((l) => [l.id, l.sequence, l.operation])).toEqual(api.edits.nodes.map((e: any) => [e.id, e.sequence, e.operation]));
    expect(all.lines[1].after).toEqual(api.edits.nodes[1].after);
    const lavrov = (await person('Sergey Lavrov'))!;
    const own = await collect({ entityId: lavrov.id });
    expect(own.count).toBeGreaterThan(0);
    for (const line of own.lines) expect(line.entityIds).toContain(lavrov.id);
  });

  it('refuses what cannot be: coded errors, and nothing changes', async () => {
    const peskov = (await person('Dmitry Peskov'))!;
    const said = peskov.statements.nodes[0]!;
    const CORRECT = `mutation($s: ID!, $v: Int!, $sp: ID, $o: ID) { correctAttribution(statementId: $s, version: $v, speakerId: $sp, officeId: $o) { statement { id } } }`;
    expect(await code(CORRECT, { s: said.id, v: said.version, sp: 'office:russia:minister-of-foreign-affairs' })).toBe('TYPE_MISMATCH');
    expect(await code(CORRECT, { s: said.id, v: said.version, o: peskov.id })).toBe('TYPE_MISMATCH');
    expect(await code(CORRECT, { s: said.id, v: said.version, sp: 'person:nobody-at-all' })).toBe('NOT_FOUND');
    expect(await code(CORRECT, { s: 'statement:nothing-here', v: 1, sp: peskov.id })).toBe('NOT_FOUND');
    expect(await code(CORRECT, { s: said.id, v: said.version })).toBe('BAD_USER_INPUT');
    expect(await code(`mutation($s: ID!, $v: Int!) { correctAttribution(statementId: $s, version: $v, speakerId: null) { statement { id } } }`, { s: said.id, v: said.version })).toBe('BAD_USER_INPUT');
    expect(await statement(said.id)).toMatchObject({ version: said.version, speaker: { id: peskov.id } });

    expect(await code(UPDATE, { id: 'person:nobody-at-all', v: 1, input: { description: 'x' } })).toBe('NOT_FOUND');
    expect(await code(UPDATE, { id: peskov.id, v: peskov.version, input: {} })).toBe('BAD_USER_INPUT');
    expect(await code(UPDATE, { id: peskov.id, v: peskov.version, input: { wikidataId: 'not-an-id' } })).toBe('BAD_USER_INPUT');
    expect(await code(UPDATE, { id: peskov.id, v: peskov.version, input: { name: '  ' } })).toBe('BAD_USER_INPUT');
    expect(await code(UPDATE, { id: peskov.id, v: peskov.version, input: { kind: 'PARTY' } })).toBe('TYPE_MISMATCH');
    expect(await code(UPDATE, { id: 'office:russia:minister-of-foreign-affairs', v: 1, input: { type: 'PERSON' } })).toMatch(/TYPE_MISMATCH|CONFLICT/);
    expect((await person('Dmitry Peskov'))!.version).toBe(peskov.version);
  });

  it('a type taken wrongly is corrected, and a merge of a merge follows the chain', async () => {
    const ingest = async (text: string, title: string) =>
      (await ok(`mutation($t: String!, $title: String!) { ingestArticle(input: { text: $t, title: $title, publisher: "Curation Test Wire", publishedAt: "2024-05-02" }) { created article { id } } }`, { t: text, title }))
        .ingestArticle;
    expect((await ingest('Harbour plan backed\n\n"We will build the harbour," said Mara Voss, the mayor of Lindholm.\n\nMara Voss said the work starts in June.', 'Harbour plan backed')).created).toBe(true);
    expect((await ingest('Harbour works start\n\n"The harbour opens next year," said Mayor M. Voss on Thursday.', 'Harbour works start')).created).toBe(true);
    const voss = (await person('Mara Voss'))!;
    expect(voss).not.toBeNull();

    const asOrganization = (await ok(UPDATE, { id: voss.id, v: voss.version, input: { type: 'ORGANIZATION' } })).updateEntity.entity;
    expect(asOrganization).toMatchObject({ id: voss.id, kind: 'OTHER' });
    const typed = await ok(`query($id: ID!) { node(id: $id) { __typename } }`, { id: voss.id });
    expect(typed.node.__typename).toBe('Organization');
    const back = (await ok(UPDATE, { id: voss.id, v: asOrganization.version, input: { type: 'PERSON' } })).updateEntity.entity;
    expect(back.version).toBe(asOrganization.version + 1);

    const SPLIT = `mutation($id: ID!, $v: Int!, $s: [ID!]!, $name: String!) { splitEntity(id: $id, version: $v, statementIds: $s, into: { name: $name }) { into { id } } }`;
    const first = (await ok(SPLIT, { id: voss.id, v: back.version, s: [voss.statements.nodes[0]!.id], name: 'Mara Voss (2)' })).splitEntity.into.id;
    const versionNow = (await person('Mara Voss'))!.version;
    const MERGE = `mutation($into: ID!, $v: Int!, $from: [ID!]!) { mergeEntities(into: $into, version: $v, from: $from) { entity { id ... on Person { mergedIds } } } }`;
    // the split-off person is merged back, then into a third: every old id answers with the last
    await ok(MERGE, { into: voss.id, v: versionNow, from: [first] });
    const third = (await ok(SPLIT, { id: voss.id, v: versionNow + 1, s: [voss.statements.nodes[0]!.id], name: 'Mara Voss (3)' })).splitEntity.into.id;
    const thirdVersion = (await ok(`query($id: ID!) { person(id: $id) { version } }`, { id: third })).person.version;
    const merged = (await ok(MERGE, { into: third, v: thirdVersion, from: [voss.id] })).mergeEntities.entity;
    expect(merged.mergedIds.sort()).toEqual([first, voss.id].sort());
    for (const old of [first, voss.id]) expect((await ok(`query($id: ID!) { node(id: $id) { id } }`, { id: old })).node).toEqual({ id: third });
    // curating a merged id says where it went
    const gone = await curate(UPDATE, { id: voss.id, v: 1, input: { description: 'x' } });
    expect(gone.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', mergedInto: third });
  });
});
