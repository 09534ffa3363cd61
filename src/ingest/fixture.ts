import { findMentions } from '../extract/mentions.js';
import type { EntityRef, EntityType, Extraction, ExtractedStatement, OfficeRef, StatementKindName } from '../extract/types.js';

/** A hand-written description of an article's statements (examples/ *.fixture.json). */
export interface StatementFixture {
  extractor: string;
  saidOn: string | null;
  entities: EntityRef[];
  offices: Record<string, OfficeRef>;
  tenures: Array<{ person: string; office: string; start: string | null; end: string | null }>;
  statements: Array<{
    key: string;
    quote: string;
    /** Which occurrence of the quote in the text, from 1; for words the article prints twice. */
    occurrence?: number;
    kind: StatementKindName;
    cue: string | null;
    speaker: string;
    speakerText: string;
    method: string;
    confidence?: number;
    office?: string;
    onBehalfOf?: string;
    embeddedIn?: string;
  }>;
}

/** A fixture that does not fit its article: a quote or a name it gives is not there. */
export class FixtureError extends Error {
  readonly code = 'FIXTURE_INVALID';
}

function nthIndexOf(text: string, part: string, nth: number): number {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = text.indexOf(part, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/** The mention of the speaker closest before the quote, or else closest after it. */
function locateSpeaker(text: string, speakerText: string, quoteStart: number, quoteEnd: number): number {
  const before = text.lastIndexOf(speakerText, quoteStart - speakerText.length);
  const after = text.indexOf(speakerText, quoteEnd);
  if (before >= 0 && (after < 0 || quoteStart - before <= after - quoteEnd + 200)) return before;
  return after;
}

function entityType(entities: Map<string, EntityRef>, name: string): EntityType {
  const entity = entities.get(name);
  if (!entity) throw new FixtureError(`the fixture names "${name}" but does not list it among its entities`);
  return entity.type;
}

function office(fixture: StatementFixture, key: string | undefined): OfficeRef | null {
  if (!key) return null;
  const found = fixture.offices[key];
  if (!found) throw new FixtureError(`the fixture uses office "${key}" but does not define it`);
  return found;
}

/** Turns a fixture into the Extraction that the extractor would give, with exact offsets. */
export function fixtureToExtraction(text: string, fixture: StatementFixture): Extraction {
  const entities = new Map(fixture.entities.map((e) => [e.name, e]));
  const statements = fixture.statements.map((s): ExtractedStatement => {
    const start = nthIndexOf(text, s.quote, s.occurrence ?? 1);
    if (start < 0) throw new FixtureError(`statement ${s.key}: its quote is not in the article`);
    const end = start + s.quote.length;
    const speakerStart = locateSpeaker(text, s.speakerText, start, end);
    if (speakerStart < 0) throw new FixtureError(`statement ${s.key}: "${s.speakerText}" is not in the article`);
    return {
      key: s.key,
      quote: s.quote,
      start,
      end,
      kind: s.kind,
      cue: s.cue,
      speaker: { name: s.speaker, type: entityType(entities, s.speaker) },
      speakerText: s.speakerText,
      speakerStart,
      speakerEnd: speakerStart + s.speakerText.length,
      method: s.method,
      confidence: s.confidence ?? 1,
      office: office(fixture, s.office),
      onBehalfOf: s.onBehalfOf ?? null,
      embeddedIn: s.embeddedIn ?? null,
      mentions: findMentions(s.quote, fixture.entities),
      saidOn: fixture.saidOn,
    };
  });
  const tenures = fixture.tenures.map((t) => ({ person: t.person, office: office(fixture, t.office)!, start: t.start, end: t.end, source: 'example' }));
  return { statements, entities: fixture.entities, tenures, extractor: fixture.extractor };
}
