import { describe, expect, it } from 'vitest';
import { datelineDay, readDate, relativeDay } from '../../src/extract/dates.js';
import { isFullName, nameParts, personKey } from '../../src/extract/personName.js';
import { choose, compareNames, evidence, type Candidate, type Mention } from '../../src/ingest/identity.js';
import { contentHash } from '../../src/ingest/ids.js';

function mention(name: string, more: Partial<Mention> = {}): Mention {
  return { type: 'Person', name, aliases: [], officeIds: [], organizationIds: [], publisherId: null, day: null, countryId: null, ...more };
}

function candidate(name: string, more: Partial<Candidate> = {}): Candidate {
  return { id: `person:${name.toLowerCase().replace(/\W+/g, '-')}`, name, aliases: [], officeIds: [], organizationIds: [], publisherIds: [], firstDay: null, lastDay: null, tenures: [], ...more };
}

const UK_PM = 'office:united-kingdom:prime-minister';

describe('names', () => {
  it('sets honorifics, suffixes and middle names aside', () => {
    expect(nameParts('Mr Tony Blair')).toMatchObject({ given: 'tony', surname: 'blair' });
    expect(nameParts('Luigi Di Maio')).toMatchObject({ given: 'luigi', surname: 'di maio' });
    expect(personKey('George Herbert Walker Bush')).toBe('george bush');
    expect(personKey('Martin Luther King Jr.')).toBe('martin king');
    expect(personKey('Sir Alan Budd')).toBe('alan budd');
    expect(personKey('José Manuel Barroso')).toBe(personKey('Jose Barroso'));
    expect(isFullName('Mr Blair')).toBe(false);
    expect(isFullName('J. Smith')).toBe(false);
    expect(isFullName('Gordon Brown')).toBe(true);
  });

  it('gives a name the same parts each time, which no caller can change', () => {
    const first = nameParts('Gordon Brown');
    expect(nameParts('Gordon Brown')).toBe(first);
    expect(() => first.words.push('x')).toThrow(TypeError);
    expect(nameParts('Gordon Brown')).toEqual({ words: ['gordon', 'brown'], given: 'gordon', surname: 'brown', initial: false });
  });
});

describe('whether two names may be one person', () => {
  const table: Array<[string, string, 'same' | 'compatible' | 'different']> = [
    ['Gordon Brown', 'Murphy Brown', 'different'],
    ['Charles Clarke', 'Ken Clarke', 'different'],
    ['Jerome Powell', 'Norman Powell', 'different'],
    ['Cherie Blair', 'Tony Blair', 'different'],
    ['Tony Blair', 'Mr Tony Blair', 'same'],
    ['Sergey Lavrov', 'Sergey Viktorovich Lavrov', 'same'],
    ['Sergei Lavrov', 'Sergey Lavrov', 'compatible'],
    ['Mahathir', 'Mahathir Mohamad', 'compatible'],
    ['Mr Blair', 'Tony Blair', 'compatible'],
    ['J. Powell', 'Jerome Powell', 'compatible'],
    ['J. Powell', 'Norman Powell', 'different'],
    ['Bill Clinton', 'Hillary Clinton', 'different'],
  ];
  it.each(table)('%s / %s: %s', (a, b, relation) => {
    expect(compareNames(a, b).relation).toBe(relation);
  });
});

describe('joining a mention to a node of the graph', () => {
  it('joins the same full name, whatever the context', () => {
    expect(choose(mention('Tony Blair'), [candidate('Tony Blair')])?.name).toBe('Tony Blair');
  });

  it('never joins on a surname alone', () => {
    expect(choose(mention('Mr Brown'), [candidate('Gordon Brown')])).toBeNull();
    expect(choose(mention('Brown'), [candidate('Murphy Brown')])).toBeNull();
  });

  it('joins a surname when the office agrees, and not when two nodes agree as well', () => {
    const pm = candidate('Tony Blair', { officeIds: [UK_PM] });
    expect(choose(mention('Mr Blair', { officeIds: [UK_PM] }), [pm])?.name).toBe('Tony Blair');
    const other = candidate('Cherie Blair', { officeIds: [UK_PM] });
    expect(choose(mention('Mr Blair', { officeIds: [UK_PM] }), [pm, other])).toBeNull();
  });

  it('joins a variant spelling with the same publisher, not with nothing else', () => {
    const lavrov = candidate('Sergey Lavrov', { publisherIds: ['organization:tass'] });
    expect(choose(mention('Sergei Lavrov', { publisherId: 'organization:tass' }), [lavrov])?.name).toBe('Sergey Lavrov');
    expect(choose(mention('Sergei Lavrov', { publisherId: 'organization:bbc' }), [lavrov])).toBeNull();
  });

  it('joins "Mr Blair" of a British article to the Blair whom reference data put in a British office that day, and not in 2010', () => {
    const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
    const blair = candidate('Tony Blair', { tenures: [{ organizationId: 'organization:united-kingdom', startDay: day('1997-05-02'), endDay: day('2007-06-27') }] });
    const uk = { countryId: 'organization:united-kingdom' };
    expect(choose(mention('Mr Blair', { ...uk, day: day('2005-03-01') }), [blair])?.name).toBe('Tony Blair');
    expect(choose(mention('Mr Blair', { ...uk, day: day('2010-03-01') }), [blair])).toBeNull();
    expect(choose(mention('Mr Blair', { countryId: 'organization:canada', day: day('2005-03-01') }), [blair])).toBeNull();
  });

  it('joins a full-name alias', () => {
    expect(choose(mention('Sergei Lavrov'), [candidate('Sergey Lavrov', { aliases: ['Sergei Lavrov'] })])?.name).toBe('Sergey Lavrov');
  });

  it('tells two nodes of one name apart by context', () => {
    const a = candidate('John Smith', { id: 'person:john-smith', organizationIds: ['organization:labour-party'] });
    const b = candidate('John Smith', { id: 'person:john-smith-2', organizationIds: ['organization:acme'] });
    expect(choose(mention('John Smith', { organizationIds: ['organization:acme'] }), [a, b])?.id).toBe('person:john-smith-2');
    expect(choose(mention('John Smith'), [a, b])).toBeNull();
  });

  it('joins organizations on their name, "the" and "al-" aside, never on a part of it', () => {
    const org = (name: string): Mention => ({ ...mention(name), type: 'Organization' });
    expect(evidence(org('Shabaab'), candidate('Al-Shabaab'))).toBeGreaterThan(0);
    expect(evidence(org('Statistics Canada'), candidate('Health Canada'))).toBe(0);
  });
});

describe('dates as sources give them', () => {
  it.each([
    ['2019-01-15', '2019-01-15'],
    ['2019-01-15T14:30:00Z', '2019-01-15'],
    ['2019-01-15T23:30:00-05:00', '2019-01-15'],
    ['Tue, 15 Jan 2019 14:30:00 +0000', '2019-01-15'],
    ['January 15, 2019', '2019-01-15'],
    ['15 January 2019', '2019-01-15'],
    ['Jan. 15, 2019', '2019-01-15'],
    ['20190115T143000Z', '2019-01-15'],
    ['Monday, January 15, 2019 10:30 AM EST', '2019-01-15'],
    ['Sept. 3rd, 2018', '2018-09-03'],
    ['2019-02-30', null],
    ['20190230', null],
    ['sometime in 2019', null],
    ['', null],
  ])('%s -> %s', (text, day) => {
    expect(readDate(text)).toBe(day);
  });

  it('reads a dateline with the year of publication', () => {
    expect(datelineDay('MOSCOW, February 17', '2022-02-18')).toBe('2022-02-17');
    expect(datelineDay('LONDON (Reuters) -', '2022-02-18')).toBeNull();
  });

  it('resolves a weekday or yesterday against the article day (Thursday 17 February 2022)', () => {
    expect(relativeDay('Lavrov said on Monday.', '2022-02-17')).toBe('2022-02-14');
    expect(relativeDay('he told reporters yesterday', '2022-02-17')).toBe('2022-02-16');
    expect(relativeDay('he said on Thursday', '2022-02-17')).toBe('2022-02-17');
    expect(relativeDay('he said last Thursday', '2022-02-17')).toBe('2022-02-10');
    expect(relativeDay('he said', '2022-02-17')).toBeNull();
  });
});

describe('the identity of an article text', () => {
  it('ignores whitespace at the ends and line-end style', () => {
    expect(contentHash('A text.\n')).toBe(contentHash('A text.'));
    expect(contentHash('  One\r\nTwo ')).toBe(contentHash('One\nTwo'));
    expect(contentHash('One\nTwo')).not.toBe(contentHash('One Two'));
  });
});
