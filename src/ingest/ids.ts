import { createHash } from 'node:crypto';
import type { EntityType } from '../extract/types.js';

/** Lower-case ASCII words joined by hyphens: "Sergey Lavrov" -> "sergey-lavrov". */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

const PREFIX: Record<EntityType, string> = {
  Person: 'person',
  Organization: 'organization',
  Group: 'group',
  Place: 'place',
};

/** The global id of an entity from its type and canonical name. */
export function entityId(type: EntityType, name: string): string {
  return `${PREFIX[type]}:${slug(name)}`;
}

/** The global id of an office: its organization and title. */
export function officeId(organization: string, title: string): string {
  return `office:${slug(organization)}:${slug(title)}`;
}

/** Statement text as compared for dedup: quotes, dashes and spacing unified, case folded. */
export function normaliseStatementText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u00AB\u00BB]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/[\s.,;:!?"']+$/g, '')
    .trim()
    .toLowerCase();
}

/** The same words by the same speaker are the same statement, whichever article reports them. */
export function statementId(speakerId: string | null, text: string): string {
  return `statement:${sha256(`${speakerId ?? '?'}\n${normaliseStatementText(text)}`).slice(0, 32)}`;
}

/** What identifies an article's text: line ends unified, whitespace at its ends left out. */
export function contentHash(text: string): string {
  return sha256(text.replace(/\r\n?/g, '\n').trim());
}

/** The same text is the same article. */
export function articleId(contentHash: string): string {
  return `article:${contentHash.slice(0, 32)}`;
}

/** A tenure read from an article or reference data: the person, the office and the first day name it. */
export function tenureId(personId: string, officeId: string, start: string | null): string {
  return `tenure:${sha256(`${personId}\n${officeId}\n${start ?? ''}`).slice(0, 32)}`;
}
