import { firstTokenFrom, isQuoteMark, sentenceIndexAt, type Context } from './context.js';
import type { Frame } from './frames.js';
import { BODY_NOUNS, HONORIFICS, INDEFINITE_PRONOUNS, KNOWN_ORGANIZATIONS, LEADING_SUBORDINATE, ORGANIZATION_HEADS, PARTY_MEMBERS, PARTY_WORDS, isPluralPeople } from './lexicon.js';
import type { NameMention } from './names.js';
import { leftNounPhrase, rightNounPhrase, type Mention } from './phrases.js';
import { CALENDAR, ORGANIZATION_SUFFIXES, describedAsPerson } from './names.js';
import { honorificGender, isGivenName, nameGender } from './personName.js';
import { isPluralCommonNoun } from './text.js';
import { officeInPhrase } from './titles.js';
import type { EntityRef, EntityType, OfficeRef } from './types.js';

/** Who a frame's speaker turned out to be. */
export interface Resolved {
  name: string;
  type: EntityType;
  office: OfficeRef | null;
  onBehalfOf: string | null;
  mention: Mention | null;
  method: string;
  confidence: number;
}

interface Person {
  name: string;
  surname: string;
  office: OfficeRef | null;
  aliases: Set<string>;
  /** Named only by this office in the article ("the foreign secretary"). */
  onlyByOffice?: boolean;
  /** Where the article first gives the person's full name. */
  introducedAt: number;
  /** Every office the article gives the person ("candidate Doug McCallum" ... "Mayor McCallum"). */
  titles?: OfficeRef[];
  /** First named as someone's relative ("Barden's son, Daniel,"). */
  kin?: boolean;
}

interface Focus {
  resolved: Resolved;
  offset: number;
  sentence: number;
  speaker: boolean;
}

const PLURAL_PRONOUNS = new Set(['they', 'we']);
/** Heads of descriptions of one kind of body, which stand for a body of that kind only ("the union" is no company). */
const KIND_HEADS = new Set(['union', 'military', 'army', 'police', 'government', 'administration', 'party', 'court', 'embassy', 'parliament', 'senate', 'ministry', 'department']);
/** Nouns that name many people in the singular form. */
const COLLECTIVES = new Set(['people', 'police', 'staff', 'public', 'media', 'press', 'military', 'crowd', 'youth', 'audience', 'electorate', 'clergy', 'personnel']);
const PARTIES = new Set(Object.values(PARTY_WORDS));
/** Party names that are nicknames of one party, not plurals of its members ("Republicans" are people). */
const PARTY_NICKNAMES = new Set(['tories', 'lib dems']);
/** Heads of descriptions that stand for a person named before: "the businessman", "the 52-year-old". */
const PERSON_DESCRIPTIONS = new Set(['man', 'woman', 'businessman', 'businesswoman', 'entrepreneur', 'politician', 'veteran', 'father', 'mother', 'son', 'daughter', 'husband', 'wife', 'grandfather', 'grandmother', 'lawmaker', 'legislator', 'billionaire', 'millionaire', 'tycoon', 'mogul', 'academic', 'writer', 'author', 'activist', 'campaigner', 'donor']);
/** Heads of descriptions that stand for a company or a charity the article named: "the company", "the security firm". */
const COMPANY_NOUNS = new Set(['company', 'firm', 'maker', 'retailer', 'chain', 'startup', 'start-up', 'provider', 'carrier', 'manufacturer', 'broadcaster', 'charity', 'nonprofit', 'non-profit', 'insurer', 'lender', 'airline', 'automaker', 'giant', 'bank', 'conglomerate', 'utility']);
const REPORTER_NOUNS = new Set(['correspondent', 'reporter', 'editor']);
const POSSESSIVES: Record<string, string> = { its: 'it', his: 'he', her: 'she', their: 'they', our: 'we', my: 'i' };

const TEMPORAL = /^(yesterday|today|tonight|(last|this|next) (week|month|year|night|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(on|last) (monday|tuesday|wednesday|thursday|friday|saturday|sunday))$/i;
const TRAILING_TIME = /\s+(on |last |this |earlier |late )?(yesterday|today|tonight|week|month|year|night|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
/** Documents and acts that "say" things for whoever made them. */
const DOCUMENT_NOUNS = new Set(['report', 'reports', 'findings', 'study', 'studies', 'survey', 'poll', 'analysis', 'statement', 'document', 'documents', 'letter', 'memo', 'guidance', 'move', 'figures', 'data', 'research', 'review', 'paper', 'book', 'email', 'e-mail', 'audit', 'ad', 'advert', 'advertisement', 'video', 'film', 'movie', 'clip', 'tweet', 'article', 'suit', 'lawsuit', 'complaint', 'filing', 'release', 'ruling', 'indictment', 'petition', 'post', 'blog']);
/** A person's role at a body ("the founder of ...", "the owner of ..."): the person, not the body. */
const PERSON_ROLES = new Set(['founder', 'co-founder', 'cofounder', 'owner', 'co-owner', 'president', 'director', 'chair', 'chairman', 'chairwoman', 'chairperson', 'head', 'leader', 'boss', 'ceo', 'manager', 'professor', 'author', 'editor', 'publisher', 'creator', 'principal', 'coach', 'captain', 'organizer', 'organiser']);

/** Common nouns that, just before a document noun, name its author ("Government guidance", "a party statement"). */
const DOCUMENT_AUTHORS = new Set(['government', 'ministry', 'department', 'agency', 'council', 'committee', 'commission', 'party', 'administration', 'campaign', 'company', 'union', 'court', 'parliament', 'senate', 'embassy', 'police', 'army', 'military', 'board', 'authority']);

const PARTICLES = /^(di|de|da|del|della|van|von|der|den|le|la|al|el|bin|ben|ibn|dos|das|du|st\.?)$/i;

/** "Luigi Di Maio" -> "Di Maio", "Ludwig van Beethoven" -> "van Beethoven", "Sergey Lavrov" -> "Lavrov". */
export function surnameOf(words: string[]): string {
  let first = words.length - 1;
  while (first > 1 && PARTICLES.test(words[first - 1]!)) first--;
  return words.slice(first).join(' ');
}

function stripDeterminer(text: string): string {
  return text.replace(/^(the|a|an|some|several|many|other|another|his|her|its|their)\s+/i, '').replace(/[[\]]/g, '').trim();
}

/** "Most Americans", "Many Republicans": a name ending in a people or a party's members in the plural. */
function pluralPeople(name: string): boolean {
  return isPluralPeople(name.split(/\s+/).at(-1)!);
}

/**
 * Resolves speakers within one article: names to people and organizations (surnames to the full
 * name given earlier), titles without names ("the foreign minister") to the person who holds that
 * office in the article, and pronouns to the speaker or person in focus.
 */
export class SpeakerResolver {
  private readonly people = new Map<string, Person>();
  private readonly focus: Focus[] = [];
  readonly organizations = new Map<string, EntityRef>();
  readonly groups = new Map<string, EntityRef>();

  constructor(
    private readonly ctx: Context,
    private readonly names: NameMention[],
  ) {
    for (const n of names) this.learn(n);
  }

  /** All people the article names, with their surnames as aliases. */
  entities(): EntityRef[] {
    const people: EntityRef[] = [...this.people.values()].map((p) => ({
      name: p.name,
      type: 'Person',
      aliases: [...p.aliases].filter((a) => a !== p.name),
      ...(p.onlyByOffice && p.office ? { local: true, holdsOffice: p.office } : {}),
    }));
    return [...people, ...this.organizations.values(), ...this.groups.values()];
  }

  /** The office each person was first given in the article. */
  officeOf(name: string): OfficeRef | null {
    return this.people.get(name)?.office ?? null;
  }

  private learn(n: NameMention): void {
    if (n.type === 'Organization') {
      this.addOrganization(n.canonical, n.kind, n.name);
      return;
    }
    // "A press release, issued ..., McCallum expressed serious concern": a lone surname of a person
    // named before, as its sentence's subject, is them, in focus
    if (n.type === null && !/\s/.test(n.name.trim())) {
      const known = this.findPerson(n.name, n.start);
      if (known && known.introducedAt < n.start && known.surname === n.name && this.opensSentence(n.start, true)) {
        this.focus.push({ resolved: this.personResolved(known, null, 'name'), offset: n.start, sentence: this.sentenceAt(n.start), speaker: false });
      }
      return;
    }
    if (n.type !== 'Person') return;
    const person = this.personNamed(n.name, n.start);
    if (n.kin && person.introducedAt === n.start) person.kin = true;
    if (n.office && !person.office) person.office = n.office;
    if (n.office) (person.titles ??= []).push(n.office);
    this.focus.push({ resolved: this.personResolved(person, null, 'name'), offset: n.start, sentence: this.sentenceAt(n.start), speaker: false });
  }

  private addOrganization(name: string, kind: EntityRef['kind'], surface: string): void {
    const known = this.organizations.get(name);
    const aliases = new Set([...(known?.aliases ?? []), ...(surface !== name ? [surface] : [])]);
    this.organizations.set(name, { name, type: 'Organization', kind: known?.kind ?? kind ?? 'OTHER', aliases: [...aliases] });
  }

  /**
   * The person a name is in this article, if any: the same name, or a surname or first name alone.
   * Of two people sharing a surname (a father and his son), the one introduced last before the
   * mention at `at`.
   */
  private findPerson(clean: string, at = Number.POSITIVE_INFINITY, gender: 'male' | 'female' | null = null): Person | undefined {
    const exact = this.people.get(clean);
    // (a surname with its particle, "De Blasio", is looked up as a surname)
    if (exact || (/\s/.test(clean) && !PARTICLES.test(clean.split(/\s+/)[0]!))) return exact;
    const people = [...this.people.values()].sort((a, b) => b.introducedAt - a.introducedAt);
    const before = people.filter((p) => p.introducedAt <= at);
    // a name given first and alone: "Wang" for Wang Qishan, "Mahathir" for Mahathir Mohamad; of
    // two such ("Kim" after Kim Jong-un and Kim Yong-chol), the one named last
    const firstNamed = (list: Person[]): Person | undefined => {
      const all = list.filter((p) => p.name.split(/\s+/).length > 1 && p.name.split(/\s+/)[0] === clean);
      if (all.length < 2) return all[0];
      const latest = this.lastFocus((f) => f.offset < at && all.some((p) => p.name === f.resolved.name));
      return all.find((p) => p.name === latest?.resolved.name) ?? all[0];
    };
    // ("De Blasio" for Bill de Blasio: a particle capitalised as the sentence opens)
    const lower = clean.toLowerCase();
    // (of two of one surname, the one who has spoken more before the mention, else the one named
    // last: "Ted Cruz ... his wife, Heidi Cruz ... Cruz has said" is Ted)
    const spoken = (p: Person) => this.focus.reduce((n, f) => n + (f.speaker && f.offset < at && f.resolved.name === p.name ? 1 : 0), 0);
    // (a name given first and alone is one introduced before it: "Facebook says ..." opening an
    // article is not the app called Facebook Research that it names later)
    const choose = (list: Person[], first: boolean): Person | undefined => {
      // ("Mr. Obama" is not Michelle Obama: an honorific of one sex, a given name only of the other)
      const agrees = (p: Person) => {
        const sex = gender && nameGender(p.name);
        return !sex || sex === gender;
      };
      const all = list.filter((p) => (p.surname.toLowerCase() === lower || p.aliases.has(clean) || p.name.toLowerCase().endsWith(` ${lower}`)) && agrees(p));
      // ("Mark Barden ... Barden's son, Daniel, ... Barden says": a surname alone is not the
      // relative's, who is named by the given name)
      const same = all.some((p) => !p.kin) ? all.filter((p) => !p.kin || p.name === clean) : all;
      if (same.length < 2) return same[0] ?? (first ? firstNamed(list) : undefined);
      const counts = same.map(spoken);
      const most = Math.max(...counts);
      return counts.filter((c) => c === most).length === 1 ? same[counts.indexOf(most)] : same[0];
    };
    return choose(before, true) ?? choose(people.reverse(), false);
  }

  /** The person of a full name or a surname seen before; a new one otherwise. */
  private personNamed(name: string, at: number): Person {
    const clean = name.replace(/[[\]]/g, '').replace(/’s$|'s$/, '').trim();
    const known = this.findPerson(clean, at, this.honorificAt(at));
    if (known) return known;
    const words = clean.split(/\s+/);
    const surname = surnameOf(words);
    // "Blair" seen first, then "Tony Blair" ("De Blasio", then "Bill de Blasio"): the same person,
    // now with the full name
    const shorter = words.length > 1 ? [...this.people.values()].find((p) => p.name.toLowerCase() === surname.toLowerCase()) : undefined;
    if (shorter) {
      this.people.delete(shorter.name);
      shorter.aliases.add(shorter.name);
      shorter.name = clean;
      shorter.surname = surname;
      this.people.set(clean, shorter);
      return shorter;
    }
    const person: Person = { name: clean, surname, office: null, aliases: new Set(words.length > 1 ? [surname] : []), introducedAt: at };
    this.people.set(clean, person);
    return person;
  }

  /** The sex an honorific right before the name at `offset` gives ("Mr. Obama"), or null. */
  private honorificAt(offset: number): 'male' | 'female' | null {
    const i = firstTokenFrom(this.ctx, offset);
    const before = this.ctx.tokens[i - 1];
    return this.ctx.tokens[i]?.start === offset && before && HONORIFICS.test(before.text) ? honorificGender(before.text) : null;
  }

  private personResolved(person: Person, mention: Mention | null, method: string): Resolved {
    return { name: person.name, type: 'Person', office: person.office, onBehalfOf: null, mention, method, confidence: 0.9 };
  }

  private sentenceAt(offset: number): number {
    return sentenceIndexAt(this.ctx, offset);
  }

  /** The names inside a mention; names are in text order, so a binary search finds the first. */
  private namesWithin(mention: Mention): NameMention[] {
    let lo = 0;
    let hi = this.names.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.names[mid]!.start < mention.start) lo = mid + 1;
      else hi = mid;
    }
    const found: NameMention[] = [];
    for (let i = lo; i < this.names.length && this.names[i]!.start < mention.end; i++) if (this.names[i]!.end <= mention.end) found.push(this.names[i]!);
    return found;
  }

  /**
   * Resolves the speaker mention of a frame; `inside` is the speaker of the quote the frame stands
   * in, if any. Null when the mention names no one who can speak.
   */
  resolve(mention: Mention, inside: Resolved | null): Resolved | null {
    const resolved = this.resolveMention(mention, inside);
    if (!resolved) return null;
    this.focus.push({ resolved, offset: mention.start, sentence: this.sentenceAt(mention.start), speaker: true });
    return resolved;
  }

  private resolveMention(mention: Mention, inside: Resolved | null): Resolved | null {
    const lower = mention.text.toLowerCase();
    // ("When everyone would just simply say, 'Hey George ...'": a habit, no one's words)
    if (INDEFINITE_PRONOUNS.has(lower.replace(/^(when|if|as)\s+/, ''))) return null;
    if (mention.first === mention.last && /^(he|she|i|we|they|it|you|who)$/.test(lower)) return this.pronoun(lower, mention, inside);
    // "its claims that ...", "his warning that ...": a possessive stands for its pronoun
    if (mention.first === mention.last && POSSESSIVES[lower]) return this.pronoun(POSSESSIVES[lower], mention, inside);
    // "his spokesman said": the person the possessive stands for, speaking through them
    const spokes = /^(his|her)\s+spokes(man|woman|person)$/i.exec(mention.text);
    if (spokes) {
      const principal = this.pronoun(spokes[1]!.toLowerCase() === 'his' ? 'he' : 'she', mention, null);
      if (principal && principal.type === 'Person' && principal.method !== 'unresolved') return { ...principal, method: 'description', confidence: Math.min(principal.confidence, 0.6) };
    }
    // "Culture Secretary Tessa Jowell on Tuesday said": a day is no speaker, the name before it is
    if ((CALENDAR.test(lower) && !this.findPerson(mention.text, mention.start)) || TEMPORAL.test(lower)) return this.nameBefore(mention) ?? this.description(mention);
    // a name counts when it heads the phrase ("EU leaders" is a group, not the EU), a time after it aside
    const end = this.endBeforeTime(mention);
    const within = this.namesWithin(mention);
    // "Tim Guest with the Nova Scotia Health Authority says": the person heads the phrase, the body qualifies them
    // (after its title: "Atmospheric physics professor Kent Moore at the University of Toronto says")
    const head = within[0];
    const titled = head !== undefined && head.type === 'Person' && /^[\p{Ll}\s.-]*$/u.test(this.ctx.text.slice(mention.start, head.start).replace(/^[\p{Lu}][\p{Ll}]+/u, ''));
    if (head && head.type !== 'Organization' && (head.start === mention.start || titled) && /\s/.test(head.name.trim()) && /^\s+(with|of|from|at)\s/.test(this.ctx.text.slice(head.end, end))) {
      return this.nameOfUnknownKind(head, mention);
    }
    // "the Kentucky Republican": a party's member, described (not the party)
    if (PARTY_MEMBERS.has(this.ctx.tokens[mention.last]!.lower)) {
      const member = this.describedSubject(mention);
      if (member) return member;
    }
    const name = within.filter((n) => end - n.end <= 1).at(-1);
    // "I'm talking about Alfonso Espinos ... says the 39-year-old founder of Studiocomix Press": a
    // person's role at a body is the person just named, not the body
    const role = name?.type === 'Organization' ? this.roleAtBody(mention) : null;
    if (role) return { ...this.personResolved(role, mention, 'description'), confidence: 0.6 };
    if (name?.type === 'Organization') return this.organization(name.canonical, mention, 'name');
    if (name) return this.nameOfUnknownKind(name, mention);
    const single = this.ctx.tokens[mention.last]!;
    // "Lavrov says ..." opening a headline: a lone capitalised word the name scan left aside
    if (mention.first === mention.last && /^[\p{Lu}][\p{L}'’-]*\p{Ll}[\p{L}'’-]*$/u.test(single.text) && single.pos !== 'PRON') {
      return this.nameOfUnknownKind({ start: mention.start, end: mention.end, name: single.text, type: null, canonical: single.text, office: null, phrase: mention }, mention);
    }
    return this.description(mention);
  }

  /** Where a mention ends without a time after it: "Mr Straw last week". */
  private endBeforeTime(mention: Mention): number {
    const match = TRAILING_TIME.exec(mention.text);
    return match ? mention.start + match.index : mention.end;
  }

  /** The person or organization named last before a mention in its sentence. */
  private nameBefore(mention: Mention): Resolved | null {
    const sentence = this.sentenceAt(mention.start);
    const found = this.lastFocus((f) => f.offset < mention.start && f.sentence === sentence && f.resolved.type !== 'Group');
    return found ? { ...found.resolved, mention, method: 'coreference' } : null;
  }

  /**
   * A name the scan could not type: a person when the article knows a person by it, when a title
   * or an honorific precedes it, or when it is a given name; a group when the text also writes it
   * in lower case (an ordinary word that opened a sentence: "Officials said"); otherwise a body
   * (a company, a party, a product: "Facebook", "NDP").
   */
  private nameOfUnknownKind(name: NameMention, mention: Mention): Resolved | null {
    if (name.type === 'Person' || name.office || this.knownPerson(name) || (/\s/.test(mention.text) && HONORIFICS.test(mention.text.split(/\s+/)[0]!)) || this.looksLikePersonName(name.name)) {
      return this.named(name, mention);
    }
    const word = name.name;
    if (/\s/.test(word) && pluralPeople(word)) return this.described(word, 'Group', mention, 0.6, true);
    if (!/\s/.test(word) && (this.writtenInLowerCase(word) || isPluralCommonNoun(word))) return this.description(mention);
    const office = officeInPhrase(mention.text);
    if (office || describedAsPerson(this.ctx.text, name.end)) return this.named(name, mention);
    return this.organization(name.name, mention, 'name');
  }

  private knownPerson(name: NameMention): boolean {
    return this.personOf(name) !== undefined;
  }

  /** The article's person a name (possessive or not) refers to, if any. */
  private personOf(name: NameMention): Person | undefined {
    return this.findPerson(name.name.replace(/’s$|'s$/, '').trim(), name.start);
  }

  private looksLikePersonName(name: string): boolean {
    const words = name.split(/\s+/);
    if (isGivenName(words[0]!)) return true;
    if (pluralPeople(name)) return false;
    return words.length >= 2 && words.length <= 3 && !words.some((w) => this.writtenInLowerCase(w));
  }

  /** Whether the text also writes a word in lower case: an ordinary word, not a name ("Officials", "Sports"). */
  private writtenInLowerCase(word: string): boolean {
    const lower = word.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(^|[^\\p{L}])${lower}($|[^\\p{L}])`, 'u').test(this.ctx.text);
  }

  private named(name: NameMention, mention: Mention): Resolved {
    const person = this.personNamed(name.name, name.start);
    const own = officeInPhrase(mention.text);
    if (own && !person.office) person.office = own;
    const office = own ?? person.office;
    // a spokesperson speaks for the organization: "a Kremlin spokesman said"
    const behalf = office && office.organization && /spokes|press secretary/i.test(office.title) ? office.organization : null;
    if (behalf) this.addOrganization(behalf, KNOWN_ORGANIZATIONS[behalf.toLowerCase()]?.kind, behalf);
    return { ...this.personResolved(person, mention, 'name'), office, onBehalfOf: behalf };
  }

  private organization(given: string, mention: Mention, method: string): Resolved {
    // "the Tories said": the party its nickname stands for
    const name = PARTY_NICKNAMES.has(given.toLowerCase()) ? PARTY_WORDS[given.toLowerCase()]! : given;
    if (!this.organizations.has(name)) this.addOrganization(name, 'OTHER', name);
    return { name, type: 'Organization', office: null, onBehalfOf: null, mention, method, confidence: 0.85 };
  }

  /** Whether the organization of this name is of the kind a head word names ("ministry", "party", "government"). */
  private ofKind(name: string, head: string): boolean {
    // ("the company", "the group", "the agency": any body the article named)
    if (!KIND_HEADS.has(head) || name.toLowerCase().split(/\s+/).includes(head)) return true;
    const kind = this.organizations.get(name)?.kind;
    if (head === 'party') return kind === 'PARTY';
    // ("the union": the Association of Flight Attendants, the Police Federation, the Teamsters)
    if (head === 'union') return /\b(association|federation|guild|brotherhood|teamsters|workers|local)\b/i.test(name);
    if (head === 'government' || head === 'administration') return kind === 'COUNTRY' || kind === 'GOVERNMENT_BODY';
    return false;
  }

  /** The document a mention is the topic of ("a report on [the projects]"), as the mention. */
  private documentAround(mention: Mention): Mention | null {
    const preposition = this.ctx.tokens[mention.first - 1];
    const noun = this.ctx.tokens[mention.first - 2];
    if (!preposition || !noun || !/^(on|into|about|of|from)$/.test(preposition.lower) || !DOCUMENT_NOUNS.has(noun.lower)) return null;
    const sentence = this.ctx.sentences[noun.sentence]!;
    return leftNounPhrase(this.ctx, mention.first - 2, sentence.first);
  }

  /** "the Russian top diplomat", "EU leaders", "a source", "the ministry". */
  private description(found: Mention): Resolved | null {
    // "a National Audit Office report on the 20 biggest projects says": the report says, not the projects
    const mention = this.documentAround(found) ?? found;
    const office = officeInPhrase(mention.text);
    if (office) {
      const holder = this.holderOf(office, mention.start) ?? this.namedAsTitle(mention, office) ?? this.titledAnaphor(mention, office) ?? this.officeHolder(mention, office);
      if (holder) return { ...this.personResolved(holder, mention, 'description'), office: holder.office ?? office, onBehalfOf: null, confidence: 0.8 };
    }
    // ("the former sergeant-at-arms of the House of Commons": a description in lower case heads its "of" phrase)
    const of = /^(?:[Tt]he|[Aa]n?)\s+[\p{Ll}\s-]+\sof\s/u.test(mention.text) ? this.ctx.tokens.slice(mention.first, mention.last + 1).findIndex((t) => t.lower === 'of') : -1;
    const head = this.ctx.tokens[of > 0 ? mention.first + of - 1 : mention.last]!;
    const text = stripDeterminer(mention.text);
    // "a Cabinet Office spokeswoman said", no name given: the organization speaks through her
    if (/^spokes(man|woman|person)$/.test(head.lower)) {
      const body = this.namesWithin(mention).filter((n) => n.type === 'Organization').at(-1)?.canonical ?? (office && PARTIES.has(office.organization) ? office.organization : null);
      // "UKIP spokesman": the party the title names
      if (body) return { ...this.organization(body, mention, 'description'), onBehalfOf: body, confidence: 0.7 };
    }
    // "our correspondent said": the correspondent the article names ("BBC defence correspondent Paul Adams")
    if (/^(our|the)\s/i.test(mention.text) && REPORTER_NOUNS.has(head.lower)) {
      const reporter = this.namedReporter(head.lower);
      if (reporter) return { ...this.personResolved(reporter, mention, 'description'), confidence: 0.7 };
    }
    if (ORGANIZATION_HEADS.has(head.lower) && head.pos !== 'PROPN') {
      // a body the article names, not one only described ("the party" is no antecedent of "the government")
      // of that kind: "the ministry" a ministry, "the party" a party, "the government" a country's
      // or a government body ("The military said" had gone to a villager, "the union" to the employer)
      const org = this.lastFocus((f) => f.resolved.type === 'Organization' && f.offset < mention.start && !this.groups.has(f.resolved.name) && this.ofKind(f.resolved.name, head.lower));
      if (org && /^(the|its)\s/i.test(mention.text)) return { ...org.resolved, mention, method: 'description', confidence: 0.6 };
    }
    // "Procter & Gamble Co. reported ... The company said": the body the article named last, within
    // a few sentences (a company, a firm, a charity; not a country, city or province)
    // (a description in lower case only: "the Gannett newspaper chain" names its own)
    if (/^(the|its)\s+[\p{Ll}\s-]+$/u.test(mention.text.replace(/^(The|Its)\b/, (w) => w.toLowerCase())) && COMPANY_NOUNS.has(head.lower)) {
      const sentence = this.sentenceAt(mention.start);
      // (the last name before it, of a body: "Business Insider also commented ... the company said"
      // is not the Daily News named before)
      const named = this.names.filter((n) => n.kind !== 'COUNTRY' && n.end <= mention.start && sentence - this.sentenceAt(n.start) <= 4).at(-1);
      if (named?.type === 'Organization') return { ...this.organization(named.canonical, mention, 'description'), confidence: 0.6 };
    }
    // "the federation": the body of that kind the article named last ("the Police Federation")
    if (/^(the|its)\s/i.test(mention.text) && (ORGANIZATION_HEADS.has(head.lower) || ORGANIZATION_SUFFIXES.has(head.lower))) {
      const org = this.lastFocus((f) => f.resolved.type === 'Organization' && f.offset < mention.start && f.resolved.name.toLowerCase().endsWith(head.lower));
      if (org) return { ...org.resolved, mention, method: 'description', confidence: 0.6 };
    }
    // "the report", "its findings": a document speaks for whoever wrote it, the body in view
    if (DOCUMENT_NOUNS.has(head.lower)) {
      // "a National Audit Office report", "Government guidance": the body it names wrote it
      // (a name just before the noun: an "analysis of Federal Election Commission data" is no one's but its author's)
      const modifier = this.ctx.tokens[mention.last - 1]?.pos === 'PART' ? mention.last - 2 : mention.last - 1;
      const ofBefore = (offset: number) => /\bof\b/i.test(this.ctx.text.slice(mention.start, offset));
      // "Foster’s book says": the person whose it is wrote it
      const possessor = this.ctx.tokens[mention.last - 1]?.pos === 'PART' ? this.ctx.tokens[mention.last - 2] : undefined;
      const writer = possessor && /^\p{Lu}/u.test(possessor.text) ? this.findPerson(possessor.text, mention.start) : undefined;
      if (writer && writer.introducedAt < mention.start) return { ...this.personResolved(writer, mention, 'description'), confidence: 0.6 };
      const named = this.namesWithin(mention).filter((n) => n.type === 'Organization' && n.end >= (this.ctx.tokens[modifier]?.end ?? Infinity) && !ofBefore(n.start)).at(-1);
      if (named) return { ...this.organization(named.canonical, mention, 'description'), confidence: 0.6 };
      // "the Civic Action study", "The RCMP statement": a name of no known kind right after the
      // article is the body that wrote it (a person's would be "Foster's book")
      const unknown = this.namesWithin(mention).find((n) => n.end === this.ctx.tokens[modifier]?.end && n.type !== 'Organization' && /^(the|a|an)\s+$/i.test(this.ctx.text.slice(mention.start, n.start)));
      if (unknown) return { ...this.organization(unknown.canonical, mention, 'description'), confidence: 0.5 };
      // "a study which is being released Monday by Civic Action": the one it is by
      const sentenceEnd = this.ctx.sentences[this.sentenceAt(mention.start)]!.end;
      const by = this.names.find((n) => n.start >= mention.end && n.end <= sentenceEnd && /^[^.;:"“”]{0,80}?\bby\s+(?:the\s+)?$/i.test(this.ctx.text.slice(mention.end, n.start)));
      if (by && by.type === 'Person') {
        const person = this.findPerson(by.name, by.start);
        if (person) return { ...this.personResolved(person, mention, 'description'), confidence: 0.6 };
      } else if (by) return { ...this.organization(by.canonical, mention, 'description'), confidence: 0.6 };
      const body = modifier >= mention.first && !ofBefore(this.ctx.tokens[modifier]!.start) ? this.ctx.tokens[modifier]! : null;
      if (body && DOCUMENT_AUTHORS.has(body.lower)) {
        return this.described(body.text.charAt(0).toUpperCase() + body.text.slice(1).toLowerCase(), 'Organization', mention, 0.5);
      }
      const sentence = this.sentenceAt(mention.start);
      const author = this.lastFocus((f) => f.resolved.type === 'Organization' && f.offset < mention.start && sentence - f.sentence <= 4);
      if (author) return { ...author.resolved, mention, method: 'description', confidence: 0.5 };
      // no author in view: the document itself, an entity of this article alone (every "report" is another)
      return this.described(stripDeterminer(mention.text), 'Group', mention, 0.4);
    }
    // "The Police Federation", "Human Rights Watch": a capitalised name is a body, not a group of people
    const words = text.split(/\s+/);
    if (words.length >= 2 && words.every((w) => /^[\p{Lu}]/u.test(w) || /^(of|for|and|the|on|against|in)$/.test(w))) return this.organization(text, mention, 'name');
    // "the affable proprietor", "the commission", "the father": one of this article, not the same
    // one as in every other article (so a node of this article alone); plurals and collectives
    // ("officials", "EU leaders", "police") name a kind of speaker, shared across articles
    // ("sergeant-at-arms" is one, not many)
    const compound = this.ctx.tokens[head.index - 1]?.text === '-' && this.ctx.tokens[head.index - 1]!.end === head.start;
    const shared = (isPluralCommonNoun(head.text) && !compound) || COLLECTIVES.has(head.lower);
    // "Niederreiter has four goals ... The 26-year-old right wing said": a singular description of a
    // person that opens its sentence is the person the sentence before is about
    // (or that follows the quote opening it: '"Far-left activists ...," the Kentucky Republican said')
    if (!shared && !ORGANIZATION_HEADS.has(head.lower) && !BODY_NOUNS.has(head.lower) && !DOCUMENT_NOUNS.has(head.lower)) {
      const subject = this.describedSubject(mention) ?? this.namedInNextSentence(mention);
      if (subject) return subject;
    }
    // "the party", "the government" with no body of that kind in view: still one body, not people
    return this.described(text, !shared && ORGANIZATION_HEADS.has(head.lower) ? 'Organization' : 'Group', mention, 0.6, shared);
  }

  /** A singular definite description opening its sentence, or right after the quote opening it: the person the sentence before is about. */
  private describedSubject(mention: Mention): Resolved | null {
    if (!/^the\s/i.test(mention.text)) return null;
    const opening = this.sentenceOpenedBy(mention);
    // "Donald Trump was asked ... '...,' the moderator said": not the one asked
    // (or the one person named in it, "but for Espinos — whose store ... — they're the tip"; past up
    // to two sentences naming no one: "Campbell has cerebral palsy ... That comes from his brain.")
    for (let index = opening - 1; index >= 0 && index >= opening - 3; index--) {
      const subject = this.subjectOf(index, true);
      if (subject) return { ...subject, mention, method: 'description', confidence: 0.6 };
      if (this.subjectOf(index)) return null;
      const people = this.peopleIn(index);
      if (people === null || people.size > 1) return null;
      if (people.size === 1) return { ...this.personResolved([...people][0]!, mention, 'description'), confidence: 0.6 };
    }
    return null;
  }

  /**
   * "The government is being naive ..., a senior EU politician says. / Javier Solana, EU foreign
   * policy chief, says ...": an indefinite description in an article's opening lines is the person
   * whose full name opens the next sentence (news leads name the speaker right after).
   */
  private namedInNextSentence(mention: Mention): Resolved | null {
    if (!/^an?\s/i.test(mention.text)) return null;
    const index = this.sentenceAt(mention.start);
    const next = this.ctx.sentences[index + 1];
    if (!next || (this.ctx.sentences[index]?.paragraph ?? 99) > 1) return null;
    const name = this.names.find((n) => n.type === 'Person' && n.start === this.ctx.tokens[next.first]?.start && /\s/.test(n.name));
    const person = name ? this.findPerson(name.name, name.start) : undefined;
    return person ? { ...this.personResolved(person, mention, 'description'), confidence: 0.6 } : null;
  }

  /** The people of the article a sentence names; null when it names someone not known as one. */
  private peopleIn(index: number): Set<Person> | null {
    const people = new Set<Person>();
    for (const n of this.names) {
      if (this.sentenceAt(n.start) !== index || (n.type !== 'Person' && n.type !== null)) continue;
      const person = this.findPerson(n.name.replace(/’s$|'s$/, '').trim(), n.start);
      if (person && person.introducedAt <= n.start) people.add(person);
      else if (n.type === 'Person') return null;
    }
    return people;
  }

  /** Whether a passive verb follows the name at an offset ("Donald Trump was asked"). */
  private passiveAfter(offset: number): boolean {
    const name = /^[\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]*)*/u.exec(this.ctx.text.slice(offset, offset + 80))?.[0] ?? '';
    return /^\s+(?:was|were|is|are|has been|had been|have been)\s+(?:\w+ed|told|asked|shown|given|seen|taken|held|caught|sent)\b/i.test(this.ctx.text.slice(offset + name.length, offset + name.length + 40));
  }

  /**
   * The sentence a mention opens, or that opens with the quote the mention follows
   * ('"...," the professor said'); -1 when neither.
   */
  private sentenceOpenedBy(mention: Mention): number {
    const sentence = this.sentenceAt(mention.start);
    if (mention.first === this.ctx.sentences[sentence]?.first) return sentence;
    // (or after the verb that follows the quote: '"...," says the affable proprietor', '"...," points out the resident')
    let k = mention.first - 1;
    while (k > mention.first - 3 && /^\p{Ll}+$/u.test(this.ctx.tokens[k]?.text ?? '') && ['VERB', 'NOUN', 'ADJ', 'ADP'].includes(this.ctx.tokens[k]!.pos)) k--;
    const close = this.ctx.tokens[k];
    const quote = close && isQuoteMark(close) ? this.ctx.quoteByClose.get(close.start) : undefined;
    if (!quote) return -1;
    const opened = this.sentenceAt(quote.open);
    return this.ctx.sentences[opened] && firstTokenFrom(this.ctx, quote.open) === this.ctx.sentences[opened]!.first ? opened : -1;
  }

  /** An entity known only by how the article describes it: of this article alone, unless it names a kind of speaker (`shared`). */
  private described(name: string, type: EntityType, mention: Mention, confidence: number, shared = false): Resolved {
    this.groups.set(name, { name, type, aliases: [], ...(shared ? {} : { local: true }) });
    return { name, type, office: null, onBehalfOf: null, mention, method: 'description', confidence };
  }

  /**
   * "Sergei Lavrov said ... 'We have said it many times,' the Russian foreign minister told
   * reporters": a definite description with a title names the person who just spoke, who is then
   * known to hold that office.
   */
  private titledAnaphor(mention: Mention, office: OfficeRef): Person | null {
    if (!/^the\s/i.test(mention.text)) return null;
    const sentence = this.sentenceAt(mention.start);
    const recent = this.lastFocus((f) => f.offset < mention.start && f.speaker && f.resolved.type === 'Person' && sentence - f.sentence <= 3);
    const person = recent ? this.people.get(recent.resolved.name) : undefined;
    if (!person) return null;
    // a title the person was not given names them only where news style varies a speaker's name:
    // opening the sentence or after the quote that opens it ('..., the foreign minister said');
    // "British Navy ships have helped and the prime minister has said" is someone else
    if (!person.office && this.sentenceOpenedBy(mention) < 0) return null;
    if (!person.office) person.office = office;
    return person.office && person.office.title !== office.title ? null : person;
  }

  /** The one person the article names right after a reporter's title ("correspondent Paul Adams"), if one. */
  private namedReporter(noun: string): Person | null {
    const found = new Set<Person>();
    for (const name of this.names) {
      if (name.type === 'Organization' || !/\s/.test(name.name.trim())) continue;
      const before = this.ctx.text.slice(Math.max(0, name.start - 30), name.start).toLowerCase();
      if (!new RegExp(`\\b${noun}s?\\s+$`).test(before)) continue;
      const person = this.personOf(name);
      if (person) found.add(person);
    }
    return found.size === 1 ? [...found][0]! : null;
  }

  /**
   * "Mr Blunkett quit as home secretary last week ... the ex-home secretary said": a definite title
   * names the person the sentences just before it named "as" that title (or with it right after
   * the name, "Robin Cook, the former foreign secretary,").
   */
  private namedAsTitle(mention: Mention, office: OfficeRef): Person | null {
    if (!/^the\s/i.test(mention.text)) return null;
    const sentence = this.sentenceAt(mention.start);
    const title = (office.aliases?.[0] ?? office.title).toLowerCase().replace(/^former /, '');
    const found: Person[] = [];
    for (const name of this.names) {
      if (name.type === 'Organization' || name.end > mention.start || sentence - this.sentenceAt(name.start) > 2) continue;
      const after = this.ctx.text.slice(name.end, name.end + 80).toLowerCase();
      const stated = new RegExp(`^[^.!?"“”]{0,40}?\\b(as|, the|, a) (former |ex-)?${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(after);
      const person = stated ? this.personOf(name) : undefined;
      if (person && !found.includes(person)) found.push(person);
    }
    return found.length === 1 ? found[0]! : null;
  }

  /** "the founder of Studiocomix Press": the one person named in this sentence or the one before, before the mention. */
  private roleAtBody(mention: Mention): Person | null {
    if (!/^the\s/i.test(mention.text)) return null;
    let of = -1;
    for (let k = mention.first; k <= mention.last; k++) if (this.ctx.tokens[k]!.lower === 'of') of = k;
    const role = this.ctx.tokens[of - 1];
    if (of < 0 || !role || !PERSON_ROLES.has(role.lower)) return null;
    const sentence = this.sentenceAt(mention.start);
    const named = new Set(this.focus.filter((f) => f.resolved.type === 'Person' && f.offset < mention.start && sentence - f.sentence <= 1).map((f) => f.resolved.name));
    return named.size === 1 ? this.people.get([...named][0]!) ?? null : null;
  }

  /**
   * "The foreign secretary said": a singular definite title whose holder the article never names is
   * one person, known by the office alone (ingest asks reference data who held it that day).
   */
  private officeHolder(mention: Mention, office: OfficeRef): Person | null {
    const head = this.ctx.tokens[mention.last]!;
    // "the ministers" are several; "the secretary", "the boss" one
    if (!/^the\s/i.test(mention.text) || /[^s]s$/.test(head.lower)) return null;
    const name = `the ${office.title}`;
    const known = this.people.get(name);
    if (known) return known;
    const named = this.namedNext(mention, office);
    if (named) return named;
    const person: Person = { name, surname: name, office, aliases: new Set(), onlyByOffice: true, introducedAt: mention.start };
    this.people.set(name, person);
    return person;
  }

  /**
   * A news lead: "... is needed, the shadow chancellor said as the conference began. / Oliver Letwin
   * attacked ...": a title in the first sentences whose holder the next sentence opens with, by full
   * name. The person takes the office (unless the article gives them another).
   */
  private namedNext(mention: Mention, office: OfficeRef): Person | null {
    const sentence = this.sentenceAt(mention.start);
    if (sentence > 2) return null;
    const next = this.ctx.sentences[sentence + 1];
    if (!next) return null;
    const opening = this.names.find((n) => n.start >= next.start && n.type !== 'Organization' && /^[\s"“'‘]*$/.test(this.ctx.text.slice(next.start, n.start)));
    if (!opening || !/\s/.test(opening.name.trim())) return null;
    const person = this.personOf(opening);
    if (!person || (person.office && person.office.title !== office.title)) return null;
    person.office ??= office;
    return person;
  }

  /** The person in the article who holds an office like this one, most recently mentioned first. */
  private holderOf(office: OfficeRef, before: number): Person | null {
    const matches = (p: Person) =>
      [p.office, ...(p.titles ?? [])].some((held) => held && held.title === office.title && (!office.organization || !held.organization || held.organization === office.organization));
    const exact = this.recentPerson(before, matches) ?? [...this.people.values()].find((p) => matches(p));
    if (exact || !office.organization) return exact ?? null;
    // a generic title with its country ("the Russian minister") names the minister of Russia in view
    const word = office.title.split(' ').at(-1)!;
    const generic = (p: Person) => Boolean(p.office && p.office.organization === office.organization && p.office.title.includes(word));
    return this.recentPerson(before, generic);
  }

  private recentPerson(before: number, test: (p: Person) => boolean): Person | null {
    const found = this.lastFocus((f) => {
      const person = f.offset < before && f.resolved.type === 'Person' ? this.people.get(f.resolved.name) : undefined;
      return person !== undefined && test(person);
    });
    return found ? this.people.get(found.resolved.name) ?? null : null;
  }

  /** Whether a name at `offset` is its sentence's subject: only title words (no verb, no comma) before it. */
  private opensSentence(offset: number, afterPhrase = false): boolean {
    const sentence = this.ctx.sentences[this.sentenceAt(offset)]!;
    // (with afterPhrase, past an opening phrase and its comma: "Down the street, Mike McFadden ...")
    let from = sentence.first;
    if (afterPhrase) {
      // (or past an opening clause: "As the school reopened Wednesday, Senate Majority Leader Mitch McConnell blamed ...")
      const clause = LEADING_SUBORDINATE.test(this.ctx.tokens[sentence.first]!.text);
      for (let k = sentence.first; k < sentence.last && this.ctx.tokens[k]!.start < offset; k++) {
        if (clause) {
          if (this.ctx.tokens[k]!.text === ',') from = k + 1;
          continue;
        }
        const t = this.ctx.tokens[k]!;
        // (past a participle that opens a phrase between commas: "A press release, issued just after midnight, McCallum expressed")
        if (t.pos === 'VERB' && /^\p{Ll}+(ed|ing|en)$/u.test(t.text) && (k === sentence.first || this.ctx.tokens[k - 1]!.text === ',')) continue;
        if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON' || isQuoteMark(t)) break;
        // (or a dateline: "TROUT BROOK, N.B. — Kevin Vickers ...")
        if (t.text === ',' || /^(—|–|--)$/.test(t.text)) from = k + 1;
      }
    }
    for (let k = from; k < sentence.last && this.ctx.tokens[k]!.start < offset; k++) {
      const t = this.ctx.tokens[k]!;
      // ("Silverman and Svensson have also won": two people, neither the subject alone)
      if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' || t.pos === 'PRON' || t.pos === 'ADP' || t.pos === 'SCONJ' || t.pos === 'CCONJ') return false;
    }
    // and a verb follows the name: "David Davis told ...", not a caption's "Article Continued Below"
    // (past the name's words, whatever the tagger read them as: "Robin Cook/VERB gave")
    let k = firstTokenFrom(this.ctx, offset);
    while (k < sentence.last && (this.ctx.tokens[k]!.pos === 'PROPN' || /^\p{Lu}/u.test(this.ctx.tokens[k]!.text))) k++;
    // (past a relative clause or appositive between commas: "Kevin Vickers, who became ambassador, is considering")
    if (this.ctx.tokens[k]?.text === ',') {
      let close = k + 1;
      while (close < sentence.last && close - k < 40 && this.ctx.tokens[close]!.text !== ',' && !isQuoteMark(this.ctx.tokens[close])) close++;
      if (this.ctx.tokens[close]?.text === ',') k = close + 1;
    }
    while (k < sentence.last && this.ctx.tokens[k]!.pos === 'ADV') k++;
    const verb = this.ctx.tokens[k];
    return k < sentence.last && verb !== undefined && (verb.pos === 'VERB' || verb.pos === 'AUX') && /^\p{Ll}/u.test(verb.text);
  }

  /**
   * The person a sentence is about, when a name of a person opens it ("Mike McFadden also rejoiced",
   * "Down the street, Mike McFadden ...") or the surname of the one person of that name the article
   * introduced before it ("Niederreiter has four goals").
   */
  subjectOf(index: number, active = false): Resolved | null {
    const subject = this.lastFocus((f) => f.sentence === index && f.resolved.type === 'Person' && this.opensSentence(f.offset, true));
    // (active: not the subject of a passive, "Donald Trump was asked ...")
    if (subject) return active && this.passiveAfter(subject.offset) ? null : subject.resolved;
    const sentence = this.ctx.sentences[index];
    const first = sentence ? this.ctx.tokens[sentence.first] : undefined;
    if (!first || first.pos !== 'PROPN' || this.ctx.tokens[sentence!.first + 1]?.pos === 'PROPN' || !this.opensSentence(first.start)) return null;
    const named = [...this.people.values()].filter((p) => p.surname === first.text && p.introducedAt < first.start);
    return named.length === 1 ? this.personResolved(named[0]!, null, 'coreference') : null;
  }

  /** Whether a sentence's subject is the pronoun `word` ("He believes ..."), outside any quote. */
  private pronounOpens(index: number, word: string): boolean {
    const sentence = this.ctx.sentences[index];
    if (!sentence) return false;
    const first = this.ctx.tokens[sentence.first];
    return first !== undefined && first.lower === word && this.ctx.quoteOf[sentence.first]! < 0;
  }

  /** Whether a sentence opens with a description of one person ("The 52-year-old ...", "The businessman, whose ..."), outside any quote. */
  private describedOpens(index: number): boolean {
    const sentence = this.ctx.sentences[index];
    if (!sentence || this.ctx.tokens[sentence.first]?.lower !== 'the' || this.ctx.quoteOf[sentence.first]! >= 0) return false;
    const np = rightNounPhrase(this.ctx, sentence.first, sentence.last - 1);
    const head = np ? this.ctx.tokens[np.last]!.lower : '';
    return np !== null && this.ctx.tokens[np.last]!.pos !== 'PROPN' && (/year-old$|^old$/.test(head) || PERSON_DESCRIPTIONS.has(head));
  }

  /** The latest entry in focus that passes a test, searched from the end without copying. */
  private lastFocus(test: (f: Focus) => boolean): Focus | undefined {
    for (let i = this.focus.length - 1; i >= 0; i--) if (test(this.focus[i]!)) return this.focus[i];
    return undefined;
  }

  private pronoun(word: string, mention: Mention, inside: Resolved | null): Resolved | null {
    if ((word === 'i' || word === 'we') && inside) return { ...inside, mention, method: 'coreference' };
    // "I asked ...", outside any quote: the writer of the article, who is no speaker it reports
    if (word === 'i' && !inside) return null;
    const sentence = this.sentenceAt(mention.start);
    // "she" is no one the name says is a man ("Dudi"), "he" no one it says is a woman
    const gender = word === 'he' ? 'male' : word === 'she' ? 'female' : null;
    const agrees = (f: Focus) => !gender || nameGender(f.resolved.name) !== (gender === 'male' ? 'female' : 'male');
    // ('A spokeswoman for Human Rights Watch said ... She added:': the body's unnamed spokeswoman)
    // (the spokeswoman in the mention, or "a spokeswoman for" right before it)
    const noun = gender === null ? null : `spokes${gender === 'female' ? 'woman' : 'man'}`;
    const inMention = noun && new RegExp(`\\b${noun}\\b`, 'i');
    const forBody = noun && new RegExp(`\\b${noun}\\s+(?:for|of|at)\\s+(?:the\\s+)?$`, 'i');
    const spokes = (f: Focus) => {
      const at = f.resolved.mention;
      if (!inMention || !forBody || f.resolved.type !== 'Organization' || !at) return false;
      return forBody.test(this.ctx.text.slice(Math.max(0, at.start - 30), at.start)) || inMention.test(at.text);
    };
    const wanted = (f: Focus) =>
      word === 'it' ? f.resolved.type === 'Organization' : PLURAL_PRONOUNS.has(word) ? f.resolved.type !== 'Person' : (f.resolved.type === 'Person' && agrees(f)) || spokes(f);
    // "The Home Office has produced a report which it describes as ...": "it" after a body that
    // is its own sentence's subject is that body
    // ("Robert Peston's new book has prompted speculation with its claims that ...": a person's
    // document opening the sentence speaks for its writer)
    const writer = word === 'it' ? this.documentWriterOpening(sentence, mention.start) : undefined;
    if (writer) return { ...this.personResolved(writer, mention, 'coreference'), confidence: 0.6 };
    const body = word === 'it' ? this.names.find((n) => n.type === 'Organization' && n.end <= mention.start && this.sentenceAt(n.start) === sentence && this.opensSentence(n.start)) : undefined;
    if (body) return { ...this.organization(body.canonical, mention, 'coreference'), confidence: 0.7 };
    // in the order of the text, not of resolution: "It was no good Mr Blair claiming ..., argued Mr
    // Howard. ... he added" (Blair's nested report is resolved after Howard's, but named before him)
    const before = this.focus.filter((f) => f.offset < mention.start && wanted(f)).sort((a, b) => a.offset - b.offset);
    // '“I heard a rumbling sound ... I decided to run,” she said': after a quote of several
    // sentences, the sentences before are counted from the quote's first (the one just before
    // the cue's is the quote's own)
    const from = this.quoteOpeningBefore(mention) ?? sentence;
    const speaker = before.findLast((f) => f.speaker && from - f.sentence <= 3);
    // "Shadow Home Secretary David Davis told the BBC ... He said": the subject of the sentence just
    // before outranks a speaker further back
    // (past sentences whose subject is this same pronoun: "Mike McFadden also rejoiced ... He
    // believes ... "...," he said")
    let back = 1;
    // (or a description of a person: "He made his fortune ... The 52-year-old on Tuesday said ... His spokesman said")
    while (back < 3 && (this.pronounOpens(from - back, word) || (word !== 'it' && !PLURAL_PRONOUNS.has(word) && this.describedOpens(from - back)))) back++;
    const subject = before.findLast((f) => from - f.sentence === back && !f.speaker && this.opensSentence(f.offset, true));
    // (else the last speaker, however far back; else the last person named)
    const any = (subject && (!speaker || speaker.sentence < subject.sentence) ? subject : speaker) ?? before.findLast((f) => f.speaker) ?? before.at(-1);
    if (any) return { ...any.resolved, mention, method: 'coreference', confidence: Math.min(any.resolved.confidence, 0.75) };
    return { name: mention.text, type: word === 'it' ? 'Organization' : 'Group', office: null, onBehalfOf: null, mention, method: 'unresolved', confidence: 0.3 };
  }

  /** The writer of "X's (new) book/report/..." opening a sentence, before offset `before`, when X is a person the article names. */
  private documentWriterOpening(sentence: number, before: number): Person | undefined {
    const start = this.ctx.sentences[sentence]!.start;
    const opening = /^[“"‘']?((?:\p{Lu}[\p{L}.’'-]*\s+)*\p{Lu}[\p{L}.-]*)['’]s((?:\s+[\p{Ll}-]+){1,3})/u.exec(this.ctx.text.slice(start, before));
    // (the noun within the next three words: "'s new book", "'s latest annual report")
    if (!opening || !opening[2]!.trim().split(/\s+/).some((w) => DOCUMENT_NOUNS.has(w))) return undefined;
    const writer = this.findPerson(opening[1]!, start);
    return writer && writer.introducedAt <= start + opening[1]!.length ? writer : undefined;
  }

  /** The sentence where a quote closed just before a mention opens ('“...,” she said'), if it opened in an earlier one. */
  private quoteOpeningBefore(mention: Mention): number | null {
    let k = mention.first - 1;
    if (this.ctx.tokens[k]?.text === ',') k--;
    const mark = this.ctx.tokens[k];
    const quote = mark && isQuoteMark(mark) ? this.ctx.quoteByClose.get(mark.start) : undefined;
    // (the cue goes on from the quote, '“...?” he asked'; not a new sentence after it, '... in
    // Nice, France." He said he had directed ...')
    const here = this.sentenceAt(mention.start);
    if (!quote || (this.sentenceAt(quote.close) !== here && /^\p{Lu}/u.test(mention.text))) return null;
    const opens = this.sentenceAt(quote.open);
    return opens < here ? opens : null;
  }

  /** Records a frame whose speaker was inherited, so that later pronouns see it in focus. */
  remember(resolved: Resolved, offset: number): void {
    this.focus.push({ resolved, offset, sentence: this.sentenceAt(offset), speaker: true });
  }
}

/** The frames of an article in the order their speakers should be resolved. */
export function resolutionOrder(frames: Frame[]): Frame[] {
  return [...frames].sort((a, b) => a.start - b.start);
}
