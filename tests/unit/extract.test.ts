import { describe, expect, it } from 'vitest';
import { extract, extractCandidates } from '../../src/extract/extract.js';
import type { ExtractedStatement } from '../../src/extract/types.js';

/** The statements of a text, each checked to index the text exactly. */
function statementsOf(text: string, publishedAt: string | null = null): ExtractedStatement[] {
  const { statements } = extract(text, { publishedAt });
  for (const s of statements) {
    expect(text.slice(s.start, s.end)).toBe(s.quote);
    if (s.speakerStart !== null) expect(text.slice(s.speakerStart, s.speakerEnd!)).toBe(s.speakerText);
    expect(s.confidence).toBeGreaterThan(0);
    expect(s.confidence).toBeLessThanOrEqual(1);
  }
  return statements;
}

const who = (s: ExtractedStatement) => [s.quote, s.speaker?.name, s.kind];

/** The speaker of a text's statement whose words begin so, from one extraction of the text. */
function speakersOf(text: string): (start: string) => string | undefined {
  const statements = statementsOf(text);
  return (start) => statements.find((s) => s.quote.startsWith(start))?.speaker?.name;
}

describe('direct quotes', () => {
  it.each([
    ['curly', '“We will build the bridge,” Mayor Ana Ruiz said.'],
    ['straight', '"We will build the bridge," Mayor Ana Ruiz said.'],
    ['guillemets', '«We will build the bridge», Mayor Ana Ruiz said.'],
    ['single curly', '‘We will build the bridge,’ Mayor Ana Ruiz said.'],
    ['two apostrophes', "''We will build the bridge,'' Mayor Ana Ruiz said."],
  ])('in %s quotation marks', (_, text) => {
    expect(statementsOf(text).map(who)).toEqual([['We will build the bridge', 'Ana Ruiz', 'direct']]);
  });

  it('keeps a quote over several sentences as one statement', () => {
    const [s] = statementsOf('"The bridge is old. It has to go. We will build a new one," Ruiz said.');
    expect(s!.quote).toBe('The bridge is old. It has to go. We will build a new one');
  });

  it.each([
    ['a former title', '“I was clear,” then-Surrey mayoral candidate Doug McCallum responded at one debate.', 'I was clear', 'Doug McCallum'],
    ['a relative clause', '"This is an outrage," a citizen, whose name is redacted, wrote on Aug. 29.', 'This is an outrage', 'citizen'],
  ])('finds the speaker after a quote past %s', (_, text, quote, speaker) => {
    expect(statementsOf(text).map((s) => [s.quote, s.speaker?.name])).toEqual([[quote, speaker]]);
  });

  it('takes the quote after a phrase that follows the cue', () => {
    const text = 'Rival candidate Bruce Hayne joked in his turn to answer the question, “It was a twinkle in some engineer’s eye.”';
    expect(statementsOf(text).map((s) => [s.quote, s.speaker?.name, s.kind])).toEqual([['It was a twinkle in some engineer’s eye.', 'Bruce Hayne', 'direct']]);
  });

  it('splits paragraphs run together, each opening a straight quote the one before leaves open, and gives each to the speaker', () => {
    const text = 'Ms Ruiz told the radio: "We got our sums right. "We will look at the new report in detail. "And we are committed to it."';
    expect(statementsOf(text).map(who)).toEqual([
      ['We got our sums right.', 'Ruiz', 'direct'],
      ['We will look at the new report in detail.', 'Ruiz', 'direct'],
      ['And we are committed to it.', 'Ruiz', 'direct'],
    ]);
  });

  it('continues the speaker into a quote that follows a sentence the tagger left unsplit', () => {
    const text = 'Mr Ancram argued: "The French see vast contracts if the embargo is lifted... "It gives the wrong signals to China."';
    expect(statementsOf(text).map((s) => [s.quote, s.speaker?.name])).toEqual([
      ['The French see vast contracts if the embargo is lifted...', 'Ancram'],
      ['It gives the wrong signals to China.', 'Ancram'],
    ]);
  });

  it('gives both halves of a quote split around its cue to the speaker', () => {
    const text = 'Ana Ruiz spoke on Monday.\n\n"The bridge is old," she said. "We will build a new one."';
    expect(statementsOf(text).map(who)).toEqual([
      ['The bridge is old', 'Ana Ruiz', 'direct'],
      ['We will build a new one.', 'Ana Ruiz', 'direct'],
    ]);
  });

  it('gives a following paragraph of quote with no cue of its own to the same speaker', () => {
    const text = '"Traffic will move again by May," said Transport Secretary Omar Dahl.\n\n"And the tolls will go."';
    const statements = statementsOf(text);
    expect(statements.map(who)).toEqual([
      ['Traffic will move again by May', 'Omar Dahl', 'direct'],
      ['And the tolls will go.', 'Omar Dahl', 'direct'],
    ]);
    expect(statements[1]!.method).toBe('continuation');
  });

  it('takes "Said X, ..." and "X said: ..." too', () => {
    expect(statementsOf('Said Ruiz, "The money is there."').map(who)).toEqual([['The money is there.', 'Ruiz', 'direct']]);
    expect(statementsOf('Ruiz said: "The money is there."').map(who)).toEqual([['The money is there.', 'Ruiz', 'direct']]);
  });
});

describe('reported speech', () => {
  it.each([
    ['said that', 'Mayor Ana Ruiz said that the bridge would reopen in May.', 'the bridge would reopen in May'],
    ['said, no that', 'Mayor Ana Ruiz said the bridge would reopen in May.', 'the bridge would reopen in May'],
    ['said with a day', 'Mayor Ana Ruiz said on Monday that the bridge would reopen in May.', 'the bridge would reopen in May'],
    ['after the clause', 'The bridge would reopen in May, Mayor Ana Ruiz said.', 'The bridge would reopen in May'],
    ['according to, first', 'According to Mayor Ana Ruiz, the bridge would reopen in May.', 'the bridge would reopen in May'],
    ['according to, last', 'The bridge would reopen in May, according to Mayor Ana Ruiz.', 'The bridge would reopen in May'],
    ['stressed', 'Mayor Ana Ruiz stressed that the bridge would reopen in May.', 'the bridge would reopen in May'],
    ['pointed out', 'Mayor Ana Ruiz pointed out that the bridge would reopen in May.', 'the bridge would reopen in May'],
    ['told someone', 'Mayor Ana Ruiz told reporters that the bridge would reopen in May.', 'the bridge would reopen in May'],
    ['warned', 'Mayor Ana Ruiz warned that the bridge would not reopen before May.', 'the bridge would not reopen before May'],
    ['told someone, no that', 'Mayor Ana Ruiz told BBC News she would reopen the bridge in May.', 'she would reopen the bridge in May'],
    ['a gerund opening the clause', 'Mayor Ana Ruiz said being able to close the bridge for a day did not make an impact.', 'being able to close the bridge for a day did not make an impact'],
    ['an adverb between cue and clause', 'But Mayor Ana Ruiz says too often, the bridge is closed.', 'the bridge is closed'],
    ['a phrase between cue and clause', 'Mayor Ana Ruiz admits in this instance, the bridge was closed.', 'the bridge was closed'],
  ])('%s', (_, text, quote) => {
    expect(statementsOf(text).map(who)).toEqual([[quote, 'Ana Ruiz', 'indirect']]);
  });

  it('finds mixed statements: a paraphrase holding a quoted fragment', () => {
    const [s] = statementsOf('Ruiz said the old bridge was "a danger to everyone" and had to close.');
    expect(s).toMatchObject({ kind: 'mixed', quote: 'the old bridge was "a danger to everyone" and had to close', speaker: { name: 'Ruiz' } });
  });

  it('gives coordinated and participle cues the same speaker', () => {
    const text = 'Ruiz reiterated that the bridge would close and pointed out that buses would run, adding that fares would not rise.';
    expect(statementsOf(text).map(who)).toEqual([
      ['the bridge would close', 'Ruiz', 'indirect'],
      ['buses would run', 'Ruiz', 'indirect'],
      ['fares would not rise', 'Ruiz', 'indirect'],
    ]);
  });

  it('takes the whole source after "according to", up to its comma or the sentence end, and a relative clause with it', () => {
    const found = statementsOf('According to early results of exit polls conducted for the Associated Press, nearly half of the voters were black. Sanders trails Clinton by 4 points, according to HuffPost Pollster’s polling average. According to Mayor Ana Ruiz, who runs the city, the bridge would reopen in May. The bridge would close again, according to Ana Ruiz, who runs the city.');
    expect(found.map((s) => [s.quote, s.speakerText])).toEqual([
      ['nearly half of the voters were black', 'early results of exit polls'],
      ['Sanders trails Clinton by 4 points', 'HuffPost Pollster’s polling average'],
      ['the bridge would reopen in May', 'Mayor Ana Ruiz'],
      ['The bridge would close again', 'Ana Ruiz'],
    ]);
    // after a colon, and closing a clause with no comma; not "according to the rules"
    const more = statementsOf('It has not gone unnoticed: According to recent polls, the mayor holds only 14 percent of the vote. Ruiz leads Holm by 271 delegates according to a count by The Associated Press. The plan was approved according to the rules.');
    expect(more.map((s) => [s.quote, s.speakerText])).toEqual([
      ['the mayor holds only 14 percent of the vote', 'recent polls'],
      ['Ruiz leads Holm by 271 delegates', 'a count'],
    ]);
    // a clause before the attribution is the report, not what follows it
    const clause = statementsOf('The top 1 percent would see their incomes rise by 19.9 percent, according to the Tax Foundation, more than twice what it projected for the middle.');
    expect(clause.map((s) => s.quote)).toEqual(['The top 1 percent would see their incomes rise by 19.9 percent']);
  });

  it('ends a report where a second past verb of speech joined by "and" starts its own', () => {
    const found = statementsOf('Ruiz said she would order a review of the bridge and warned against delays from the contractors.');
    expect(found.map((s) => s.quote)[0]).toBe('she would order a review of the bridge');
  });

  it('takes no infinitive for a report ("wanted to say that")', () => {
    expect(statementsOf('He wanted to say that the plan failed.')).toEqual([]);
  });

  it('goes on with a report in the next sentence opening with "And", in the tense of reported speech', () => {
    const text = 'More licences were refused under the code than under the ban, Ruiz said. And only two of the licences would have been granted under it. And 64 percent call her competent.';
    expect(extractCandidates(text).map((c) => [text.slice(c.start, c.end), c.speaker.name])).toEqual([
      ['More licences were refused under the code than under the ban', 'Ruiz'],
      ['only two of the licences would have been granted under it', 'Ruiz'],
    ]);
  });

  it('takes the verb after the cue in a relative clause for a report ("which she said represented ..."), ended by the sentence\'s own verb', () => {
    const found = statementsOf('She gave the pages to the department, which she said represented all her work emails. He spoke of his daughters, who he said were living in Russia. The changes, which officials said will take effect in May, were announced. Ruiz, who said the plan would fail, left early.');
    expect(found.map((s) => [s.quote, s.speakerText])).toEqual([
      ['represented all her work emails', 'she'],
      ['were living in Russia', 'he'],
      ['will take effect in May', 'officials'],
      ['the plan would fail', 'who'],
    ]);
  });

  it('is not fooled by "That said," or by passives', () => {
    expect(statementsOf('That said, the bridge is closed. The winner was declared on Monday.')).toEqual([]);
  });
});

describe('what is not a statement', () => {
  it('leaves out scare quotes, titles of works and quoted terms', () => {
    const text = 'The council used talks to "prevent" a so-called "invasion" of tourists. She starred in "The Long Bridge" last year. The plan is known as "Bridge 2030".';
    expect(statementsOf(text)).toEqual([]);
  });

  it('finds the quote that a naming verb reports: alone where it qualifies a noun, with its object at the end', () => {
    // (what the rules find; the statement filter weighs such quotes after them, as PolNeAR leaves half of them out)
    const text = 'Ruiz branded the report an "utterly baseless" attack. Ruiz called the report "fake".';
    expect(extractCandidates(text).map((c) => [text.slice(c.start, c.end), c.speaker.name, c.features.find((f) => f.startsWith('kind='))])).toEqual([
      ['utterly baseless', 'Ruiz', 'kind=direct'],
      ['the report "fake"', 'Ruiz', 'kind=mixed'],
    ]);
  });
});

describe('speakers', () => {
  const text = [
    'LISBON, May 2. Portuguese Foreign Minister Rui Castro said the summit would go ahead.',
    '"We are ready," he stressed.',
    'The Portuguese top diplomat noted that ministers of nine countries had confirmed.',
    'Castro added that the agenda was not final.',
    'Kremlin spokesman Dmitry Peskov said Moscow would send an envoy.',
    'EU leaders said they welcomed the summit. The ministry said the talks would start at nine.',
  ].join('\n\n');
  const statements = statementsOf(text, '2024-05-02');

  it('resolves titles, pronouns, descriptions and surnames to one person', () => {
    const castro = statements.filter((s) => s.speaker?.name === 'Rui Castro');
    expect(castro.map((s) => s.speakerText)).toEqual(['Portuguese Foreign Minister Rui Castro', 'he', 'The Portuguese top diplomat', 'Castro']);
    expect(castro.map((s) => s.method)).toEqual(['name', 'coreference', 'description', 'name']);
  });

  it('normalises the office and finds its country from the demonym', () => {
    const castro = statements.filter((s) => s.speaker?.name === 'Rui Castro');
    for (const s of castro) expect(s.office).toMatchObject({ title: 'Minister of Foreign Affairs', organization: 'Portugal' });
    const peskov = statements.find((s) => s.speaker?.name === 'Dmitry Peskov');
    expect(peskov).toMatchObject({ office: { title: 'Press Secretary of the President of Russia', organization: 'Kremlin' }, onBehalfOf: 'Kremlin' });
  });

  it('takes a title whose holder the article never names for one person known by the office', () => {
    const text = 'Iraq\n\nThe foreign secretary said on Tuesday that British troops would stay. "We will not cut and run," he told MPs. The ministers said the talks had gone well.';
    const { statements: found, entities } = extract(text, { publisher: 'BBC News', publishedAt: '2005-03-01' });
    expect(found.map((s) => [s.quote, s.speaker, s.office])).toEqual([
      ['British troops would stay', { name: 'the Foreign Secretary', type: 'Person' }, expect.objectContaining({ title: 'Foreign Secretary', organization: 'United Kingdom' })],
      ['We will not cut and run', { name: 'the Foreign Secretary', type: 'Person' }, expect.objectContaining({ title: 'Foreign Secretary', organization: 'United Kingdom' })],
      ['the talks had gone well', expect.not.objectContaining({ type: 'Person' }), null],
    ]);
    expect(entities.find((e) => e.name === 'the Foreign Secretary')).toMatchObject({ local: true, holdsOffice: { title: 'Foreign Secretary', organization: 'United Kingdom' } });
  });

  it('takes a title in a news lead for the person the next sentence opens with', () => {
    const text = 'Tax plans\n\nA new approach to tax is needed, the shadow chancellor said on Saturday.\n\nMaria Lindqvist told the party conference that spending would fall.';
    const found = extract(text, { publisher: 'BBC News', publishedAt: '2005-03-05' }).statements;
    expect(found.map((s) => [s.quote, s.speaker?.name, s.office?.title])).toEqual([
      ['A new approach to tax is needed', 'Maria Lindqvist', 'Shadow Chancellor of the Exchequer'],
      ['spending would fall', 'Maria Lindqvist', 'Shadow Chancellor of the Exchequer'],
    ]);
  });

  it('takes "the ex-home secretary" for the person just named "as home secretary", and "our correspondent" for the one named', () => {
    const text =
      'Inquiry\n\nDaniel Marsh quit as home secretary last week. In a statement, the ex-home secretary said he accepted the findings. ' +
      'Costs rose again, said BBC defence correspondent Ruth Okafor. Our correspondent said the same projects were late.';
    const found = extract(text, { publisher: 'BBC News', publishedAt: '2005-03-05' }).statements;
    expect(found.map((s) => [s.quote, s.speaker?.name])).toEqual([
      ['he accepted the findings', 'Daniel Marsh'],
      ['Costs rose again', 'Ruth Okafor'],
      ['the same projects were late', 'Ruth Okafor'],
    ]);
  });

  it('gives the words of an unnamed spokeswoman to the organization she speaks for', () => {
    const text = 'Records\n\nA Cabinet Office spokeswoman said the move was not about the new laws.';
    const [found] = extract(text, { publisher: 'BBC News', publishedAt: '2005-01-05' }).statements;
    expect([found?.quote, found?.speaker, found?.onBehalfOf]).toEqual(['the move was not about the new laws', { name: 'Cabinet Office', type: 'Organization' }, 'Cabinet Office']);
  });

  it("gives the words of 'his spokesman' to the person he speaks for", () => {
    const text = 'Duncan Bannatyne has given Labour money. His spokesman said it was highly unlikely he would give Labour more money.';
    expect(statementsOf(text).map((s) => [s.quote, s.speaker])).toEqual([['it was highly unlikely he would give Labour more money', { name: 'Duncan Bannatyne', type: 'Person' }]]);
  });

  it('gives the words of an unnamed party spokesman to the party', () => {
    const [found] = statementsOf('But the claim was denied by UKIP spokesman, who said: "Mr Hockney is wrong."');
    expect([found?.quote, found?.speaker, found?.onBehalfOf]).toEqual(['Mr Hockney is wrong.', { name: 'UK Independence Party', type: 'Organization' }, 'UK Independence Party']);
  });

  it('gives the words to the person who heads "X of the Y", not to the body that qualifies them', () => {
    const text = '"Prices will rise," said Ross Keller of the Policy Institute.';
    expect(statementsOf(text).map((s) => [s.quote, s.speaker, s.speakerText])).toEqual([['Prices will rise', { name: 'Ross Keller', type: 'Person' }, 'Ross Keller of the Policy Institute']]);
  });

  it('gives the words to the person "with the" body, the body qualifying them', () => {
    const text = 'Costs rose in March. Tim Guest with the Nova Scotia Health Authority says there are many reasons for delays.';
    expect(statementsOf(text).map((s) => [s.quote, s.speaker])).toEqual([['there are many reasons for delays', { name: 'Tim Guest', type: 'Person' }]]);
  });

  it('takes the full name in apposition to a description as the speaker, not the body the description names', () => {
    const text = 'Calls rose. But the director of provincial operations for EHS, Jeff Fraser, says the system is designed for that.';
    expect(statementsOf(text).map((s) => [s.quote, s.speaker])).toEqual([['the system is designed for that', { name: 'Jeff Fraser', type: 'Person' }]]);
  });

  it('gives the words of a spokesman for a body described in apposition to that body', () => {
    const text = 'A spokesman for Unison, Britain\'s biggest union, said after the meeting: "At least we are still talking."';
    expect(statementsOf(text).map((s) => [s.quote, s.speaker])).toEqual([['At least we are still talking.', { name: 'Unison', type: 'Organization' }]]);
  });

  it("keeps a body's whole name, words that would be titles before a person's name included", () => {
    const text = 'The National Audit Office said that costs had risen sharply. The Justice Department said the inquiry was open.';
    expect(statementsOf(text).map((s) => [s.quote, s.speaker])).toEqual([
      ['costs had risen sharply', { name: 'National Audit Office', type: 'Organization' }],
      ['the inquiry was open', { name: 'Justice Department', type: 'Organization' }],
    ]);
  });

  it('gives a surname to the person of that name introduced before it, not to a relative named later', () => {
    const text =
      'Kevin Vickers, the former Sergeant-at-Arms Kevin Vickers, is weighing a run. Vickers said the race was open. ' +
      'His son, Const. Andrew Vickers, was commended last year. Andrew Vickers said he was proud.';
    expect(statementsOf(text).map((s) => [s.quote, s.speaker?.name])).toEqual([
      ['the race was open', 'Kevin Vickers'],
      ['he was proud', 'Andrew Vickers'],
    ]);
  });

  it("takes 'he' for the subject of the sentence just before rather than for a speaker further back", () => {
    const text =
      'Prime Minister Tony Blair said the bill was fair. The Tories want judicial oversight of all orders. ' +
      'Shadow Home Secretary David Davis spoke to BBC Radio Four about the orders. He said the bill would act as a recruiting sergeant.';
    expect(statementsOf(text).map((s) => [s.quote, s.speaker?.name])).toEqual([
      ['the bill was fair', 'Tony Blair'],
      ['the bill would act as a recruiting sergeant', 'David Davis'],
    ]);
  });

  it("leaves a photo credit or a title run into a name out of the person's name", () => {
    const text =
      'Niall Carson / PA Images via Getty Images Kevin Vickers at a ceremony in Dublin.\n\n' +
      'Senate Minority Whip Dick Durbin said the bill would pass. Vickers said the race was open.';
    expect(statementsOf(text).map((s) => [s.quote, s.speaker?.name])).toEqual([
      ['the bill would pass', 'Dick Durbin'],
      ['the race was open', 'Kevin Vickers'],
    ]);
  });

  it('reads a month after a given name as a surname, and the month alone as that person where the article names them', () => {
    const text = 'British Prime Minister Theresa May said the deal was dead. May said she would try again in May.';
    expect(statementsOf(text).map((s) => [s.quote, s.speaker?.name, s.office?.title])).toEqual([
      ['the deal was dead', 'Theresa May', 'Prime Minister'],
      ['she would try again in May', 'Theresa May', 'Prime Minister'],
    ]);
    expect(statementsOf('Rain came in May. May brought floods, officials said.').map((s) => s.speaker?.name)).toEqual(['officials']);
  });

  it("gives the writer's own 'I said' to nobody rather than to a person of the article", () => {
    const text = 'Ana Ruiz runs a barbershop in Manhattan. I asked her whether beards were over, and I said that they were.';
    expect(statementsOf(text).filter((s) => s.speaker?.name === 'Ana Ruiz')).toEqual([]);
  });

  it('leaves "Sir" out of a name and finds a speaker described in apposition after a preposition', () => {
    const text = "The comments come the day after Sir Ian Blair, the new Metropolitan Police commissioner, said he was in favour. Sir Ian said the plan worked.";
    expect(statementsOf(text).map((s) => [s.quote, s.speaker?.name])).toEqual([
      ['he was in favour', 'Ian Blair'],
      ['the plan worked', 'Ian Blair'],
    ]);
  });

  it('finds the speaker past a time between subject and cue', () => {
    const text = 'Ana Ruiz spoke to reporters. Britain has been cautious but Ms Ruiz last week said she also wanted it to end.';
    expect(statementsOf(text).map((s) => [s.quote, s.speaker?.name, s.speakerText])).toEqual([['she also wanted it to end', 'Ana Ruiz', 'Ms Ruiz']]);
  });

  it('takes a possessive speaker for its pronoun', () => {
    const text = 'Ana Ruiz spoke on Monday. Her warning that the bridge would close was ignored.';
    const [found] = statementsOf(text);
    expect([found?.speakerText, found?.speaker]).toEqual(['Her', { name: 'Ana Ruiz', type: 'Person' }]);
  });

  it('keeps a singular description of one speaker ("the affable proprietor", "the commission") to its article, and kinds of speakers shared', () => {
    const { entities } = extract('Sales rose. "One!" says the affable proprietor. Officials said the plan was sound. The commission said it would look again.', { publishedAt: '2024-01-01' });
    expect(entities.filter((e) => e.type === 'Group').map((e) => [e.name, e.local ?? false])).toEqual([
      ['affable proprietor', true],
      ['Officials', false],
    ]);
    // "the commission" with no commission named: one body of this article, an organization
    expect(entities.find((e) => e.name === 'commission')).toMatchObject({ type: 'Organization', local: true });
  });

  it('takes "the party" or "the government" with no such body named as an organization, and never as the other', () => {
    const statements = statementsOf('The party said it would fight the plan. The government said the law was clear.');
    expect(statements.map((s) => [s.speaker?.name, s.speaker?.type])).toEqual([
      ['party', 'Organization'],
      ['government', 'Organization'],
    ]);
  });

  it('gives a document to the body named just before it, and a report on something to the report', () => {
    const statements = statementsOf(
      'An analysis of Federal Election Commission data said women gave more. A National Audit Office report on the 20 biggest projects says costs have risen by a fifth. Government guidance said e-mails should be kept.',
    );
    expect(statements.map((s) => [s.speaker?.name, s.speaker?.type])).toEqual([
      ['analysis of Federal Election Commission data', 'Group'],
      ['National Audit Office', 'Organization'],
      ['Government', 'Organization'],
    ]);
    expect(statements[1]!.speakerText).toBe('A National Audit Office report');
  });

  it('reads a verb the tagger took for a noun after a quote\'s closing comma ("notes Espinos"), and curly marks doubled as quotation marks', () => {
    const notes = statementsOf('Al Espinos runs a shop. “I’m a comic book creator myself,” notes Espinos, who launched his career.');
    expect(notes.map((s) => [s.speaker?.name, s.quote, s.cue])).toEqual([['Al Espinos', 'I’m a comic book creator myself', 'notes']]);
    const doubled = statementsOf('Jo Smith is a baker. ‘‘We bake every night,’’ says Smith.');
    expect(doubled.map((s) => [s.speaker?.name, s.quote])).toEqual([['Jo Smith', 'We bake every night']]);
  });

  it('takes the words on both sides of an attribution set between commas, each as a statement, but no aside after it', () => {
    const both = statementsOf('Lenox was a juggernaut, Tom Clarke said, until it went bankrupt in 1999.');
    expect(both.map((s) => [s.speaker?.name, s.quote])).toEqual([
      ['Tom Clarke', 'Lenox was a juggernaut'],
      ['Tom Clarke', 'until it went bankrupt in 1999'],
    ]);
    const aside = statementsOf('Intolerance is spreading across Canada, Justin Trudeau said, though he did not name any groups.');
    expect(aside.map((s) => s.quote)).toEqual(['Intolerance is spreading across Canada']);
    const participle = statementsOf('The top earners would see a tax cut of $275,000, the group said, compared with $2,700 for others.');
    expect(participle.map((s) => s.quote)).toEqual(['The top earners would see a tax cut of $275,000']);
  });

  it('finds the clause after a place and its commas ("says at a stop in Toledo, Ohio, that"), a warning to do something, and a quote opening the paragraph after "said:"', () => {
    expect(statementsOf('Hillary Clinton says at a campaign stop in Toledo, Ohio, that it means Trump never paid.').map((s) => s.quote)).toEqual(['it means Trump never paid']);
    expect(statementsOf('Last month, the FBI warned state officials to boost their election security.').map((s) => [s.speaker?.name, s.quote])).toEqual([['FBI', 'to boost their election security']]);
    // a participle after a noun describes the noun: no one told staff anything here
    expect(statementsOf('Richard Thomas was looking into Cabinet Office orders telling staff to delete e-mails.')).toEqual([]);
    const colon = statementsOf('Donald Trump spoke in Ohio.\n\nTrump said:\n\n"We have a situation in our inner cities. You walk down the street, you get shot."');
    expect(colon.map((s) => [s.speaker?.name, s.quote])).toEqual([['Donald Trump', 'We have a situation in our inner cities. You walk down the street, you get shot.']]);
  });

  it('gives "she" to no one whose name says he is a man, and "he" to the subject before sentences that go on with "He ..."', () => {
    const she = statementsOf('John Dwiriadi said the search would go on. "I heard a rumbling sound," she said.');
    expect(she.map((s) => s.speaker?.name)).toEqual(['John Dwiriadi', 'she']);
    const chain = statementsOf('"We need another vote," said Katy Barnett. Down the street, Mike McFadden also rejoiced with friends. He believes Britain should leave. "I think no deal is the only deal," he said.');
    expect(chain.map((s) => s.speaker?.name)).toEqual(['Katy Barnett', 'Mike McFadden']);
    // a given name of two letters says nothing of its bearer: "Lu Kang ... he said" stays his
    const lu = statementsOf('Foreign Ministry spokesperson Lu Kang gave no details. But he said more would be released in due course.');
    expect(lu.map((s) => s.speaker?.name)).toEqual(['Lu Kang']);
  });

  it('gives a description that opens its sentence ("The 26-year-old right wing said") to the person the sentence before is about', () => {
    const found = statementsOf('Nino Niederreiter has four goals since Minnesota traded him. The 26-year-old right wing said his new teammates have been creating chances.');
    expect(found.map((s) => [s.speaker?.name, s.speakerText])).toEqual([['Nino Niederreiter', 'The 26-year-old right wing']]);
    // a document is no person: "The ad says" after a sentence about someone stays the ad's
    const ad = statementsOf('Bernie Sanders spoke in Ohio on Monday. The ad says nothing will change until voters act.');
    expect(ad.map((s) => s.speaker?.name)).not.toContain('Bernie Sanders');
  });

  it('gives a description right after the quote opening its sentence to the person the sentence before is about, never to one a passive makes its object', () => {
    const professor = statementsOf('Gunter Shaw runs the new carmaker. "I know no carmaker that makes money on this," the lanky, bespectacled professor said.');
    expect(professor.map((s) => [s.speaker?.name, s.speakerText, s.quote])).toEqual([['Gunter Shaw', 'the lanky, bespectacled professor', 'I know no carmaker that makes money on this']]);
    // an opening clause before the name ("As ..., X blamed"), and a party member described: the person, not the party
    const member = statementsOf('As the school reopened Wednesday, Senate Majority Leader Mitch Connell blamed the media. "Activists isolated a few seconds of video," the Kentucky Republican said.');
    expect(member.map((s) => s.speaker)).toEqual([{ name: 'Mitch Connell', type: 'Person' }]);
    const asked = statementsOf('Donald Trump was asked a question about police violence. "Many argue that phones now expose what has been happening," the moderator said.');
    expect(asked.map((s) => s.speaker?.name)).not.toContain('Donald Trump');
  });

  it('takes the subject past a time between it and the verb ("Spicer on Thursday evening said", "Priebus later Thursday told")', () => {
    const found = statementsOf('Party spokesman Sean Spicer on Thursday evening said the party was not in a crisis. Reince Priebus later Thursday told reporters the men would meet. Trey Gowdy Thursday said the report was ready.');
    expect(found.map((s) => s.speaker?.name)).toEqual(['Sean Spicer', 'Reince Priebus', 'Trey Gowdy']);
  });

  it('reads a bare verb of speech the tagger took for a noun after a plural or counted subject ("experts note that", "4 in 10 say they")', () => {
    const found = statementsOf('But experts note that the plan was bad. About 4 in 10 say they want more liberal policies. The note that he left was short.');
    expect(found.map((s) => [s.speaker?.name, s.quote])).toEqual([
      ['experts', 'the plan was bad'],
      ['4 in 10', 'they want more liberal policies'],
    ]);
  });

  it('starts what one was told after the one told, when no "that" marks it ("told MPs the ban would be lifted")', () => {
    const found = statementsOf("Jack Straw told MPs the ban would be lifted. Mr Straw told a Commons select committee the concerns over China remained. David Davis told BBC Radio Four's the World at One his primary concern was justice. She told him the plan was dead. He told the story of his life.");
    expect(found.map((s) => s.quote)).toEqual(['the ban would be lifted', 'the concerns over China remained', 'his primary concern was justice', 'the plan was dead']);
    // what one asks is no clause
    const asked = statementsOf('David Muir asked the candidates a simple question: Who will win the Super Bowl?');
    expect(asked.map((s) => s.quote)).not.toContain('a simple question: Who will win the Super Bowl?');
  });

  it('reads no statement in a link to another story, a photo caption or a market report', () => {
    const found = statementsOf("Mayor Ana Ruiz spoke on Monday.\n\nREAD MORE: Justin Trudeau says people are disturbed by the detention\n\nIn September, Minister Seamus Regan said future benefits would not be provided. (Adrian Wyld/Canadian Press)\n\nSouth Korea's Kospi added 0.4 per cent to 2,106.10. Ruiz added that the market was calm.");
    expect(found.map((s) => [s.speaker?.name, s.quote])).toEqual([['Ana Ruiz', 'the market was calm']]);
  });

  it('gives what "the Tories" say to the Conservative Party, the party its nickname stands for', () => {
    const found = statementsOf('Tory leader Michael Howard spoke in Leeds. The Tories said the bill should be dropped.');
    expect(found.map((s) => s.speaker)).toEqual([{ name: 'Conservative Party', type: 'Organization' }]);
  });

  it('runs a quote that the words open on to its closing mark, past a sentence end inside it, but not past an attribution', () => {
    const found = statementsOf('Brian Hemming said his group was “very pleased with the decision. This really levels the playing field.” He left.');
    expect(found.map((s) => s.quote)).toEqual(['his group was “very pleased with the decision. This really levels the playing field.”']);
    // marks paired wrongly by a missing close: the words stop where the sentence does
    const unclosed = statementsOf('He said his friend was sound: "He asked for this inquiry to be set up. He accepted that it had not happened, he said. "But the inquiry goes on," he added.');
    expect(unclosed.every((s) => !s.quote.includes('he said'))).toBe(true);
  });

  it('ends a statement where its sentence ends before a web address the tagger ran into it', () => {
    const found = statementsOf('Mary Ann Schicketanz said buyers can purchase the plans for a donation of $500. https://www.spcamc.org/cottages/ Georgie Binks is a writer.');
    expect(found.map((s) => s.quote)).toEqual(['buyers can purchase the plans for a donation of $500']);
  });

  it('ends the words at a quote closed on a comma when a new clause follows it, not in a list of quotes', () => {
    const scheer = statementsOf('While Andrew Scheer said his approach will be “comprehensive,” he has made clear it won’t include carbon pricing.');
    expect(scheer.map((s) => s.quote)).toEqual(['his approach will be “comprehensive,”']);
    const list = statementsOf('Donald Trump called the senator a "nasty guy," an "anchor baby," "unstable" and "sick."');
    expect(list.map((s) => s.quote.endsWith('"sick."'))).toEqual([true]);
  });

  it('reads a country before a body known by its own name as part of it ("The U.S. State Department")', () => {
    const found = statementsOf('Several allies have spoken out. The U.S. State Department said the release was urgent.');
    expect(found.map((s) => s.speaker)).toEqual([{ name: 'United States Department of State', type: 'Organization' }]);
  });

  it('takes no verb of a compound adjective ("self-described", "hard-charging") and no "worth noting" for a cue', () => {
    const found = statementsOf("Donald Trump, the self-proclaimed outsider, is set to meet them. Its hard-charging founder aims to win. It's worth noting there is little love lost between them. A self-described geeky kid, Mr. Cruz changed his name.");
    expect(found).toEqual([]);
  });

  it('reads a verb form before a noun as an adjective in an inverted subject ("said lead author Dr. Allan Garland")', () => {
    const found = statementsOf('"We need to work," said lead author Dr. Allan Garland, a specialist at the University of Manitoba. "So it is a relevant outcome."');
    expect(found.map((s) => [s.speaker?.name, s.quote])).toEqual([
      ['Allan Garland', 'We need to work'],
      ['Allan Garland', 'So it is a relevant outcome.'],
    ]);
  });

  it('takes a clause that a quote ends, before "X writes", as one mixed statement; a quote that opens its sentence stays direct', () => {
    const mixed = statementsOf('Cecil Foster wrote a book. A bitter joke was that porters were called “sleepy car porters” rather than “sleeping car porters,” Foster writes.');
    expect(mixed.map((s) => [s.kind, s.quote.startsWith('A bitter joke was that'), s.speaker?.name])).toEqual([['mixed', true, 'Cecil Foster']]);
    const direct = statementsOf('Cecil Foster wrote a book. “Porters were called sleepy car porters,” Foster writes.');
    expect(direct.map((s) => [s.kind, s.quote])).toEqual([['direct', 'Porters were called sleepy car porters']]);
  });

  it('takes a surname opening the sentence before for the person of that name, and gives a quote after a sentence about a person to that person', () => {
    const surname = statementsOf('Nino Niederreiter scored twice. Greg McKegg added a goal. Niederreiter has four goals since the trade. The 26-year-old right wing said his new teammates create chances.');
    expect(surname.map((s) => s.speaker?.name)).toEqual(['Nino Niederreiter']);
    const quote = statementsOf('"It deserved to be longer," says Christopher House. Jeanine Durning did not need much coaxing. "I am thankful for the invitation and this chance."');
    expect(quote.map((s) => s.speaker?.name)).toEqual(['Christopher House', 'Jeanine Durning']);
  });

  it('gives "the founder of <a body>" to the one person just named, not to the body; with no one named, the body', () => {
    const role = statementsOf('I am talking about Alfonso Espinos, who was born in Mexico. "We publish only local comics," says the 39-year-old founder of Studiocomix Press.');
    expect(role.map((s) => s.speaker)).toEqual([{ name: 'Alfonso Espinos', type: 'Person' }]);
    const alone = statementsOf('"We publish only local comics," says the founder of Studiocomix Press.');
    expect(alone.map((s) => s.speaker?.type)).toEqual(['Organization']);
    // two people named: no guess
    const two = statementsOf('Ann Lee met Bob Stone in May. "We publish only local comics," says the founder of Studiocomix Press.');
    expect(two.map((s) => s.speaker?.type)).toEqual(['Organization']);
  });

  it('reads a surname in -ing after a name as the surname ("Mr. Hemming"), and a past tense tagged as an adjective as the verb of a clause', () => {
    const found = statementsOf('Brian Hemming leads the group. Mr. Hemming argued that the move disadvantaged his group in its dispute.');
    expect(found.map((s) => [s.speaker?.name, s.quote])).toEqual([['Brian Hemming', 'the move disadvantaged his group in its dispute']]);
  });

  it('finds the clause after a phrase of time or place between the cue and it ("said on Monday the plan ...")', () => {
    for (const text of ['Jo Smith said on Monday the plan would fail.', 'Jo Smith said in a statement the plan would fail.', 'Jo Smith told reporters on Tuesday the plan would fail.']) {
      expect(statementsOf(text).map((s) => [s.speaker?.name, s.quote])).toEqual([['Jo Smith', 'the plan would fail']]);
    }
    expect(statementsOf('The AFN Youth Council stated in July it opposed the pipeline.').map((s) => s.quote)).toEqual(['it opposed the pipeline']);
  });

  it('gives words after "X defended the move saying" to X, not to the move', () => {
    const statements = statementsOf('Home Office minister Hazel Blears defended the move saying it would give the officers an edge.');
    expect(statements.map((s) => [s.speaker?.name, s.quote])).toEqual([['Hazel Blears', 'it would give the officers an edge']]);
  });

  it('takes groups and organizations as speakers', () => {
    expect(statements.find((s) => s.quote === 'they welcomed the summit')?.speaker).toEqual({ name: 'EU leaders', type: 'Group' });
    // "the ministry" with no ministry named is still a body
    expect(statements.find((s) => s.quote === 'the talks would start at nine')?.speaker).toEqual({ name: 'ministry', type: 'Organization' });
  });

  it('reads "it" after a body that is its own sentence\'s subject as that body, not the body quoted before', () => {
    const found = statementsOf('The Police Federation said the plan was flawed. The Home Office has produced its own report, which it describes as "encouraging and thorough".');
    expect(found.map((s) => s.speaker?.name)).toEqual(['Police Federation', 'Home Office']);
  });

  it('finds the subject before an aside set off by commas, dashes or brackets, and not a body inside the aside', () => {
    const cases: Array<[string, string]> = [
      ['Senator Ann Holm, the Ohio Democrat who heads the Banking Committee, which oversees the Fed, said the donations were a problem.', 'Senator Ann Holm'],
      ['Rep. Ann Holm (D-Va.), ranking member of the education committee, said she fully supports the compromise.', 'Rep. Ann Holm'],
      ['Jason Sims — a teacher from Mount Pleasant — says he made a late decision.', 'Jason Sims'],
      ['A former candidate -- Ann Holm, who lost the 2008 election -- said the president was weak.', 'Ann Holm'],
      ['Six newspapers in New Jersey, including the Asbury Park Press, said he is not fit to be governor.', 'Six newspapers'],
      ['WASHINGTON -- President Ann Holm, opening the museum on Saturday, said it would tell an American story.', 'President Ann Holm'],
    ];
    for (const [text, speaker] of cases) expect(statementsOf(text).map((s) => s.speakerText)).toEqual([speaker]);
    // a clause before the comma is no aside: its speaker comes after the verb
    const clause = statementsOf('Sixteen Kenyans — including a policeman — and a British worker were among the casualties, said police Chief Joseph Boinnet.');
    expect(clause.map((s) => s.speaker?.name)).toEqual(['Joseph Boinnet']);
  });

  it.each([
    ['a name the tagger read as a verb opening the clause', 'The Times said Cook provided a written statement to the paper.', 'Cook provided a written statement to the paper', 'The Times'],
    ['a year with its century elided', 'Rep. Ann Holm (D-Ga.) said in ‘08 that white voters threw old assumptions into doubt.', 'white voters threw old assumptions into doubt', 'Rep. Ann Holm'],
    ['"however" between subject and verb', 'Carter however said he would welcome the plan.', 'he would welcome the plan', 'Carter'],
    ['an adverb between commas after the cue', 'Holm said, however, that she hopes someone takes up the cause.', 'she hopes someone takes up the cause', 'Holm'],
    ['an aside between dashes after the cue', 'Her campaign chairman Paul Manafort said — on Twitter, as it happens — that the campaign raised $4 million.', 'the campaign raised $4 million', 'Her campaign chairman Paul Manafort'],
    ['a description with a relative clause after the name', 'But Ann Holm, acting political director of CREDO Action, which organized the letter, said the response was undercut.', 'the response was undercut', 'Ann Holm'],
    ['"points out" the tagger read as a noun', 'Foster points out that the rule disqualified Black people from the West Indies.', 'the rule disqualified Black people from the West Indies', 'Foster'],
    ['a name and "said" the tagger read as a verb and an adjective', 'Garland said unemployment and lost earning power have broad societal relevance.', 'unemployment and lost earning power have broad societal relevance', 'Garland'],
    ['a phrase with a possessive before the clause', "Ann Holm said in her New Year's speech she was ready to meet the mayor.", 'she was ready to meet the mayor', 'Ann Holm'],
    ['"by text message" before the clause', 'Roman, a resident of the area, said by text message the weather had been fine.', 'the weather had been fine', 'Roman'],
    ['a subordinate clause opening the report', 'He said as police entered the camp, one person secured himself to the gate.', 'as police entered the camp, one person secured himself to the gate', 'He'],
    ['"that\'s" opening the clause after an adverbial', 'But Chapman says too often, that’s not happening.', 'that’s not happening', 'Chapman'],
    ['"went on to say"', 'He went on to say that the council would vote against the bill.', 'the council would vote against the bill', 'He'],
    ['"continued to insist"', 'She continued to insist that the plan would work.', 'the plan would work', 'She'],
    ['"this" opening the clause', 'Others say this is just a rough patch for the plan.', 'this is just a rough patch for the plan', 'Others'],
    ['"this" and a noun opening the clause', 'Ruiz said this plan was the end of the bridge.', 'this plan was the end of the bridge', 'Ruiz'],
    ['an attribution set between a phrase and "this"', 'In the long run, many economists say, this effect could ripple through the system.', 'this effect could ripple through the system', 'many economists'],
    ['a phrase with a comma before the report\'s own verb', 'Ruiz says that contrary to the claims of some candidates, she is not plotting to close the bridge.', 'contrary to the claims of some candidates, she is not plotting to close the bridge', 'Ruiz'],
    ['"at least" opening the clause', 'Now, she says, at least seven of the delegates have signed on.', 'at least seven of the delegates have signed on', 'she'],
    ['"however" between commas before the verb', 'Proponents of the new bill, however, say it would keep the safeguards in place.', 'it would keep the safeguards in place', 'Proponents of the new bill'],
    ['a past tense the tagger read as a noun', 'Gov. Ann Holm of Ohio, a Republican who has refused to endorse him, said the family deserved better.', 'the family deserved better', 'Gov. Ann Holm of Ohio'],
    ['a bracket and a time after the name', 'Senate Democrat Ann Holm (D-Calif.) last week said the senator was not the originator of the emails.', 'the senator was not the originator of the emails', 'Senate Democrat Ann Holm'],
    ['"for example" between commas', 'Sen. Ann Holm’s campaign, for example, said she would support the nominee.', 'she would support the nominee', 'Sen. Ann Holm’s campaign'],
    ['"then" joining a second verb', 'Holm jokingly offered the man a job, then says she will welcome advice from anyone.', 'she will welcome advice from anyone', 'Holm'],
    ['a phrase with "despite" opening the report', 'Ann Holm says despite being an alumna, she plans to root for Iowa.', 'despite being an alumna, she plans to root for Iowa', 'Ann Holm'],
    ['a surname in -ly opening the sentence', 'Jolly said he would be cautious in restructuring spending.', 'he would be cautious in restructuring spending', 'Jolly'],
    ['a verb before its object the tagger read as a noun', 'He says news outlets undercount his supporters, just to undermine him.', 'news outlets undercount his supporters, just to undermine him', 'He'],
    ['a quantifier opening the sentence', 'Some said they have cringed at the comparison.', 'they have cringed at the comparison', 'Some'],
    ['"here" between subject and verb', 'Her campaign workers here said they have been working the state since spring.', 'they have been working the state since spring', 'Her campaign workers'],
    ['a name and "said" read as a verb and an adjective inside the sentence', 'In a call with analysts, Pfizer chief executive Ian Read said company leaders had paid attention.', 'company leaders had paid attention', 'Pfizer chief executive Ian Read'],
    ['"told" and a long listener, a place and a day before "that"', 'Ann Holm told a town hall in Salem, New Hampshire on Monday that waterboarding is “peanuts.”', 'waterboarding is “peanuts.”', 'Ann Holm'],
    ['"told" a listener, then a clause of the time before "that"', 'Ann Holm told The Huffington Post before she spoke to the committee that she believed the mayor should resign.', 'she believed the mayor should resign', 'Ann Holm'],
    ['"accused" and what of', 'Ann Holm accused the council of placing the interests of developers ahead of children.', 'the council of placing the interests of developers ahead of children', 'Ann Holm'],
  ])('finds "said" with %s', (_, text, quote, speaker) => {
    expect(statementsOf(text).map((s) => [s.quote, s.speakerText])).toEqual([[quote, speaker]]);
  });

  it('takes no gerund opening the sentence for the subject of a noun the tagger read as a verb ("Addressing claims that ...")', () => {
    expect(statementsOf('Addressing claims that the new law was unenforceable, the minister spoke at length.')).toEqual([]);
  });

  it('keeps Korean names whole and gives a first name alone to the one of that name named last', () => {
    const found = statementsOf('Kim Jong-un was expected in Beijing. He travelled with officials, including Kim Yong-chol, a negotiator. Kim Jong-un arrived on Tuesday. Kim said in his speech he was ready to meet Trump.');
    expect(found.map((s) => s.speaker?.name)).toEqual(['Kim Jong-un']);
  });

  it('gives a title no one was given to the office, not to the speaker before it, and "his"/"he" to the subject of the sentence before', () => {
    const text = [
      'Labour donor Ian Marsh called the response "poor and piecemeal". "We can do more," he said. Navy ships have helped and the prime minister has said the government could give millions in aid. Mr Marsh is due to host a television programme. But his spokesman insisted the attack was not a stunt.',
      'In a separate development, Robin Cook gave his support to the plan. But he insisted the squabbles were not a problem for voters.',
    ].join('\n\n');
    expect(statementsOf(text).map((s) => s.speaker?.name)).toEqual(['Ian Marsh', 'Ian Marsh', 'the Prime Minister', 'Ian Marsh', 'Robin Cook']);
  });

  it.each([
    ['a titled name before "at" a body', 'Physics professor Ann Holm at the University of Toronto says the weather patterns show how the climate is coupled.', 'Ann Holm'],
    ['a name set between commas after a description', "Keeper of the Ruler's Seal, Syed Danial Syed Ahmad, said the council met on Monday.", 'Syed Danial Syed Ahmad'],
    ['a hyphenated title of the subject of the sentence before, past a dateline and a relative clause', 'TROUT BROOK, N.B. — Ann Holm, who became the ambassador to Ireland after the attack, is considering a move.\n\nThe former sergeant-at-arms of the House of Commons said Monday she is considering a run.', 'Ann Holm'],
  ])('gives the words to the person with %s', (_, text, speaker) => {
    expect(statementsOf(text).map((s) => s.speaker?.name)).toEqual([speaker]);
  });

  it('gives no words to "everyone" ("When everyone would just say, ...") and none a report inside a quote hands on', () => {
    const george = statementsOf('“It took away your individuality,” says Ann Holm, author of the book. “When everyone would just simply say, ‘Hey George, get me a coffee’ — it meant nothing. “You had no identity.”');
    expect(george.map((s) => s.speaker?.name)).toEqual(['Ann Holm', 'Ann Holm']);
    const nested = statementsOf('“The facts are that she cooperated fully, the FBI concluded that there was no basis for any prosecution,” said Rep. Ann Holm in a statement. “Republicans will stop at nothing to tear the investigation apart.”');
    expect(nested.map((s) => [s.speaker?.name, s.quote.slice(0, 20)])).toEqual([
      ['Ann Holm', 'The facts are that s'],
      ['FBI', 'there was no basis f'],
      ['Ann Holm', 'Republicans will sto'],
    ]);
  });

  it.each([
    ['"concludes" after a quote', '"The circumstances are not new phenomena," Holm concludes.', 'Holm'],
    ['"states however, that"', 'She states however, that the threats have less to do with technology.', 'She'],
    ['"was quoted as saying"', '“The debt load is simply untenable,” he was quoted as saying in the release.', 'he'],
    ['"points out" and a description after a quote', 'Alfonso Espinos runs the store. “You’re talking about one genre only,” points out the Cambridge resident.', 'the Cambridge resident'],
    ['"the Rev." and a name after it', '"The city will never go back to normal," said the Rev. Peter Wherry, of the church.', 'the Rev. Peter Wherry'],
  ])('finds a statement with %s', (_, text, speaker) => {
    expect(statementsOf(text).map((s) => s.speakerText)).toEqual([speaker]);
  });

  it('reads a surname with its particle opening a sentence ("De Blasio") as the person named in full', () => {
    const found = statementsOf('De Blasio says the blast was intentional. Mayor Bill de Blasio said there was no link to New Jersey.');
    expect(found.map((s) => [s.speaker?.name, s.speakerText])).toEqual([['Bill de Blasio', 'De Blasio'], ['Bill de Blasio', 'Mayor Bill de Blasio']]);
  });

  it('dates statements by the publication day and finds their mentions', () => {
    expect(statements.every((s) => s.saidOn === '2024-05-02')).toBe(true);
    const peskov = statements.find((s) => s.speaker?.name === 'Dmitry Peskov')!;
    expect(peskov.mentions).toEqual([{ name: 'Russia', type: 'Organization', start: 0, end: 6 }]);
  });
});

describe('nested attribution', () => {
  it('ends a report inside another where the outer words end, and gives "he added" to the speaker named last in the text', () => {
    const text =
      'Conservative leader Michael Howard spoke in the Commons. It was no good Mr Blair claiming tax pledges were being left to the manifesto, argued Mr Howard. Pointing to national insurance, he added: "Everyone knows tax will go up under Labour."';
    const statements = statementsOf(text);
    const claim = statements.find((s) => s.speaker?.name === 'Blair' || s.speaker?.name === 'Tony Blair');
    expect(claim?.quote).toBe('tax pledges were being left to the manifesto');
    expect(statements.find((s) => s.quote.startsWith('Everyone knows'))?.speaker?.name).toBe('Michael Howard');
  });

  it('takes a surname after an opening participle phrase as the subject "he" refers to, and no bridge for a person', () => {
    const text =
      'Mayor Doug McCallum spoke to reporters. "It is fine," analyst Hamish Telford said.\n\nA press release, issued just after midnight, McCallum expressed concern about the debt.\n\n"I was deeply dismayed," he was quoted as saying. The Patullo Bridge is old. "We have one ice rink," he said.';
    const statements = statementsOf(text);
    expect(statements.find((s) => s.quote === 'I was deeply dismayed')?.speaker?.name).toBe('Doug McCallum');
    expect(statements.find((s) => s.quote === 'We have one ice rink')?.speaker?.name).toBe('Doug McCallum');
  });

  it('ends a report where a new clause with its own subject begins, not at a hyphen inside a word', () => {
    const text =
      'Mr. Obama insisted the party would not be pigeonholed, the campaign has appeared to acknowledge his help is needed. Putin said the planned U.S. exit from the Intermediate-Range Nuclear Forces Treaty would trigger a response.';
    const quotes = statementsOf(text).map((s) => s.quote);
    expect(quotes).toContain('the party would not be pigeonholed');
    expect(quotes).toContain('the planned U.S. exit from the Intermediate-Range Nuclear Forces Treaty would trigger a response');
  });

  it('leaves out how the words came ("in a statement on Thursday") and what the speaker did next (", but did not ...")', () => {
    const text =
      'Keron Blair called for more school investment in a statement on Thursday. Mr. Kasich said he would offer a prayer for the nominee, but did not suggest it would be Trump. Brown said the letter was in a statement.';
    const quotes = statementsOf(text).map((s) => s.quote);
    expect(quotes).toContain('more school investment');
    expect(quotes).toContain('he would offer a prayer for the nominee');
    expect(quotes).toContain('the letter was in a statement');
  });

  it('takes a name after "in", "to" or "from" (and "the") for a place, but no person\'s name, acronym, people or party ("of Trump", "the GOP", "to the Democrats")', () => {
    const text = 'Donald Trump flew from Cleveland to Iowa. "The FBI and the GOP know what the Americans of Trump want," he said in Kitchener. He wrote to the Democrats about the wars in the Balkans.';
    const places = extract(text, {}).entities.filter((e) => e.type === 'Place').map((e) => e.name).sort();
    expect(places).toEqual(['Balkans', 'Cleveland', 'Iowa', 'Kitchener']);
  });

  it('takes the name before "in a Medium post" or "speaking to Fox News" for the speaker, and no fronted "In a later vote" for words', () => {
    const text =
      'Jeb Bush in a Medium post said he would put more conservative judges on the bench. Another intelligence source speaking to Fox News said the agents are investigating. In a later vote, he warned of the dangers of technology.';
    const statements = statementsOf(text);
    expect(statements.find((s) => s.quote.startsWith('he would put'))?.speaker?.name).toBe('Jeb Bush');
    expect(statements.find((s) => s.quote.startsWith('the agents'))?.speaker?.name).not.toBe('Fox News');
    expect(statements.map((s) => s.quote)).not.toContain('In a later vote');
  });

  it('gives "Foster’s book says" to Foster, "noting that" after a quote closed on a comma to the speaker, and "In October, Mr. Paulson, who ..., told" to Paulson', () => {
    const text =
      'Cecil Foster wrote a new book. Black porters made Canada fairer, Foster’s book says. Kevin Vickers said he is a "long way from a decision," noting that he has served for 43 years. John Paulson runs a fund. In October, Mr. Paulson, who made billions on a bet, told investors that the concerns were overblown.';
    const by = speakersOf(text);
    expect(by('Black porters')).toBe('Cecil Foster');
    expect(by('he has served')).toBe('Kevin Vickers');
    expect(by('the concerns')).toBe('John Paulson');
  });

  it('takes the subject past an opening phrase of time ("On Friday, Gingrich — mentioned by Newsmax — told")', () => {
    const text = 'Newt Gingrich is a former speaker. On Friday, Gingrich — mentioned by Newsmax as the leading choice — told Bill O’Reilly of Fox News that “you have to look at it very seriously, of course.”';
    expect(speakersOf(text)('you have to')).toBe('Newt Gingrich');
  });

  it('takes the head of a relative clause for the speaker, not a phrase inside it ("officials who spoke with The Huffington Post said")', () => {
    const text =
      'Current and former officials who spoke with The Huffington Post said the organization has become a shell. A news report published Wednesday said Ash Carter used a personal email account. The Justice Department mishandled the investigation and Democrats accused the GOP of stoking the issue.';
    const by = speakersOf(text);
    expect(by('the organization')).toBe('Current and former officials');
    expect(by('Ash Carter')).not.toBe('Wednesday');
    expect(by('the GOP')).not.toBe('Justice Department');
  });

  it('takes the words after ", Foster writes;" for the same speaker\'s', () => {
    const text = 'Cecil Foster wrote a history of the porters. They had two broad aims, Foster writes; to challenge how belonging was thought of in Canada, and to ensure that the benefits were shared.';
    const statement = statementsOf(text).find((s) => s.quote.startsWith('to challenge'));
    expect(statement?.speaker?.name).toBe('Cecil Foster');
    expect(statement?.quote.endsWith('were shared')).toBe(true);
  });

  it('gives a description after the quote opening its sentence ("says the laid-back resident") to the one person the sentences before name', () => {
    const text =
      'Alfonso Espinos runs the shop. They’re represented, but for Espinos — whose store carries 200 artists — they’re the tip of the iceberg. “You’re talking about one genre only,” points out the laid-back Cambridge resident. Andre Campbell draws comics. His message? That comes from his brain. “There is little representation,” says the bow-tied maverick. At the morgue, the family of a 35-year-old man worked for Adam Smith International. "He is gone," the father repeated.';
    const by = speakersOf(text);
    expect(by('You’re talking')).toBe('Alfonso Espinos');
    expect(by('There is little')).toBe('Andre Campbell');
    expect(by('He is gone')).not.toBe('Adam Smith');
  });

  it('finds the clause after an audience told with no "that" ("told a Commons select committee human rights concerns remained")', () => {
    const text =
      'Jack Straw spoke on Tuesday. Mr Straw told a Commons select committee human rights concerns over China remained. Robin Cook told a lunch for political journalists winning the election had to be Labour’s election. John Brennan told a Senate Intelligence Committee hearing on Thursday that the agency had found no link.';
    const quotes = statementsOf(text).map((s) => s.quote);
    expect(quotes).toContain('human rights concerns over China remained');
    expect(quotes).toContain('winning the election had to be Labour’s election');
    expect(quotes).toContain('the agency had found no link');
  });

  it('reads "his" past a sentence opening with a description of the person ("The 52-year-old ...") and finds "accused ministers of wasting money"', () => {
    const text =
      'Duncan Bannatyne attacked the government. His broadside came as ex-Foreign Secretary Robin Cook said he hoped Mr Brown would be premier. Mr Bannatyne has given Labour £50,000. He made his fortune from care homes.\n\nThe 52-year-old on Tuesday praised the chancellor. His spokesman said it was highly unlikely he would give Labour more money. He accused ministers of wasting money on unsuccessful attempts to curb truancy.';
    const by = speakersOf(text);
    expect(by('it was highly unlikely')).toBe('Duncan Bannatyne');
    expect(by('ministers of wasting money')).toBe('Duncan Bannatyne');
  });

  it('gives a participle opening the sentence ("While insisting that ..., Mr Solana said") to the main clause\'s subject, up to its comma', () => {
    const text = 'Javier Solana spoke in Brussels. While insisting that people must be prepared for an attack, Mr Solana said he had qualms about the plans.';
    const statement = statementsOf(text).find((s) => s.quote.startsWith('people must'));
    expect(statement?.quote).toBe('people must be prepared for an attack');
    expect(statement?.speaker?.name).toBe('Javier Solana');
  });

  it('finds "47% say ...", "wrote to Sanders’ Senate office that ..." and "said Thursday during a taping ..., New York, that ..."', () => {
    const text =
      'Among voters, 47% say the United States should commit troops. Nearly nine out of 10 say they will need new skills. The American Legion wrote to Sanders’ Senate office that it did not have permission to use the emblem. Ted Cruz spoke. Cruz said Thursday during a taping of a MSNBC town hall meeting in Buffalo, New York, that the state is wrong to ban fracking.';
    const statements = statementsOf(text);
    const by = (start: string) => statements.find((s) => s.quote.startsWith(start))?.speaker?.name;
    expect(by('the United States should')).toBe('47%');
    expect(by('they will need')).toBe('nine out of 10');
    expect(statements.map((s) => s.quote)).toContain('it did not have permission to use the emblem');
    expect(by('the state is wrong')).toMatch(/Cruz$/);
  });

  it('gives an indefinite description in the lead ("a senior EU politician says") to the full name opening the next sentence, and "suggesting that" after a quote to no one', () => {
    const text =
      'Ministers naive over phone-taps\n\nThe government is being naive by refusing phone-tap evidence, a senior EU politician says.\n\nJavier Solana, EU foreign policy chief, says phone-tap evidence works elsewhere.\n\n"It is a mistake," Paul Manafort said, suggesting that Mr. Trump was about to change course.';
    const statements = statementsOf(text);
    expect(statements.find((s) => s.quote.startsWith('The government'))?.speaker?.name).toBe('Javier Solana');
    expect(statements.some((s) => s.quote.startsWith('Mr. Trump was about'))).toBe(false);
  });

  it('goes on past "- and they would ..." after a dash, and ends at "- and he makes sure ..."', () => {
    const text =
      'Robin Cook warned the Abstentions Party was the real challenge to Labour - and they would not be motivated by the manifesto. Jack Mozloom said the government will help workers - and he makes sure to include coal workers.';
    const quotes = statementsOf(text).map((s) => s.quote);
    expect(quotes).toContain('the Abstentions Party was the real challenge to Labour - and they would not be motivated by the manifesto');
    expect(quotes).toContain('the government will help workers');
  });

  it('takes the name before an adverbial aside or an age for the subject ("Pantucci, at the Institute, said", "Suu Kyi, 70, said"), and "Mr. King" for a surname', () => {
    const text =
      'For now, Raffaello Pantucci, at the Royal United Services Institute, said China and Russia have found a modus vivendi. Aung San Suu Kyi, 70, said it was too early to congratulate winners. Powell’s office, when contacted by Reuters, said the former diplomat could not recall the dinner. Larry King and Ed Schultz work for RT. "I have never been edited," Mr. King, 82, told me.';
    const by = speakersOf(text);
    expect(by('China and Russia')).toBe('Raffaello Pantucci');
    expect(by('it was too early')).toMatch(/Suu Kyi$/);
    expect(by('the former diplomat')).toBe('Powell’s office');
    expect(by('I have never')).toBe('Larry King');
  });

  it('takes "called him divisive" and "calls Clinton unqualified" with no quotes, but not "called the police" or "called him on Tuesday"', () => {
    const text = 'Bernie Sanders called him divisive. Sanders calls Hillary Clinton unqualified. He called the police. She called him on Tuesday.';
    const quotes = statementsOf(text).map((s) => s.quote);
    expect(quotes).toEqual(['him divisive', 'Hillary Clinton unqualified']);
  });

  it('takes the people polled for speakers ("those surveyed say", "Those over 60 say", "Nearly a third say", "A third of independents, 33%, say")', () => {
    const text =
      'By double digits, those surveyed say stricter gun laws would help. Those over 60 say they feel that way by 2-1. Nearly a third say they don’t know. A third of independents, 33%, say they agree with the plan.';
    const by = speakersOf(text);
    expect(by('stricter gun laws')).toBe('those surveyed');
    expect(by('they feel that way')).toBe('Those over 60');
    expect(by('they don’t know')).toBeDefined();
    expect(by('they agree')).toBeDefined();
  });

  it('takes the name before an appositive that quotes a title ("Hemsley, the co-author of "Going Viral," about ..., said")', () => {
    const text = 'Jeffery Hemsley, the co-author of "Going Viral," about the rapid spread of information, said the days of a unifying story are gone.';
    expect(speakersOf(text)('the days')).toBe('Jeffery Hemsley');
  });

  it('goes on past a quote after a comma that has no attribution of its own (", “because of the lack of good governance”"), and stops at one that has', () => {
    const own = statementsOf('Joseph Manzoli said he left the board last winter, after serving three years, “because of the lack of good governance.”').map((s) => s.quote);
    expect(own.some((q) => q.startsWith('he left the board') && q.includes('because of the lack'))).toBe(true);
    const another = statementsOf('Joe Biden said the plan was a mistake, “He would have loved it,” Mr. Smith said.').map((s) => s.quote);
    expect(another).toContain('the plan was a mistake');
  });

  it('ends a report before the writer\'s aside after a dash ("— a controversial proposal he has raised")', () => {
    const text = 'Donald Trump said he doesn’t necessarily want to kill the families of terrorists — a controversial proposal he has raised at various points.';
    expect(statementsOf(text).map((s) => s.quote)).toEqual(['he doesn’t necessarily want to kill the families of terrorists']);
  });

  it('goes on past a quote opening a report when the clause goes on after it (said "a bomb" had gone off), not past one closed on its own comma', () => {
    const a = statementsOf('Donald Trump said "a bomb" had gone off in New York.').map((s) => s.quote);
    expect(a).toEqual(['"a bomb" had gone off in New York']);
    const b = statementsOf('Wang Qishan said, "Shifting blame onto others will not resolve the problems," alluding to a trade war.').map((s) => s.quote);
    expect(b).toEqual(['Shifting blame onto others will not resolve the problems']);
  });

  it('gives no statement to the outlet of \'"...," Sanders said, according to CNN\' and the next quote to Sanders', () => {
    const text = 'Bernie Sanders sent a text.\n\n“I ask you not to engage in any kind of protest on the floor,” Sanders said, according to CNN. “It is of utmost importance.”';
    const statements = statementsOf(text);
    expect(statements.map((s) => s.speaker?.name)).toEqual(['Bernie Sanders', 'Bernie Sanders']);
  });

  it('reads "Procter & Gamble Co." as a body, "the company" as the body named just before, and "says Campbell’s partner, Jason Louth" as Jason Louth', () => {
    const text =
      'Procter & Gamble Co. reported strong sales on Tuesday. The company said its annual profit could be slightly stronger than expected. “Most places will not print fewer than 1,000 copies,” says Campbell’s partner, Jason Louth.';
    const by = speakersOf(text);
    expect(by('its annual profit')).toBe('Procter & Gamble');
    expect(by('Most places')).toBe('Jason Louth');
  });

  it('finds the subject past "has in the past", past a participle aside ("A senior defence official, speaking to ..., said"), of "the Sunday Telegraph claims/NOUN Mr Milburn is"', () => {
    const text =
      "China has in the past said it sees the weapons ban as politically driven. A senior defence official, speaking to the BBC's defence correspondent Paul Adams, said the report reflected unrealistic expectations. But another report in the Sunday Telegraph claims Mr Milburn is unwilling to allow any new role.";
    const by = speakersOf(text);
    expect(by('it sees the weapons ban')).toBe('China');
    expect(by('the report reflected')).toBe('senior defence official');
    expect(by('Mr Milburn is unwilling')).toBe('Sunday Telegraph');
  });

  it('finds "said on NBC\'s "Meet the Press" on Sunday that ..." and the subject past "less than two weeks ago"', () => {
    const text =
      'John Kerry said on NBC’s “Meet the Press” on Sunday that Mr. Trump had shown disrespect to his wife. The State Department less than two weeks ago said for the first time that secret intelligence had passed through her server.';
    const by = speakersOf(text);
    expect(by('Mr. Trump had shown')).toBe('John Kerry');
    expect(by('secret intelligence')).toBeDefined();
  });

  it('finds a quote after an adverb or a phrase between commas ("acknowledged, however, “...”", "responded pointedly, with a smile: “...”") and after "Kasich (R-OH), said,"', () => {
    const text =
      'Zeke Emanuel acknowledged, however, “Past performance is no indication of future performance.” Megyn Kelly responded pointedly, with a smile: “Can happen when you are 45.” After winning Ohio, Gov. John Kasich (R-OH), said, “I am getting ready to rent a covered wagon.”';
    const by = speakersOf(text);
    expect(by('Past performance')).toBe('Zeke Emanuel');
    expect(by('Can happen')).toBe('Megyn Kelly');
    expect(by('I am getting ready')).toBe('John Kasich');
  });

  it('gives the rest of a clause after ", Devine said," to the same speaker, verb or none ("by the upcoming primary calendar")', () => {
    const quotes = statementsOf('Tad Devine spoke. The argument would be aided, Devine said, by the upcoming primary calendar.').map((s) => s.quote);
    expect(quotes).toContain('by the upcoming primary calendar');
    expect(statementsOf('Tad Devine spoke. The plan failed, Devine said, on condition of anonymity.').map((s) => s.quote)).not.toContain('on condition of anonymity');
  });

  it('takes the name before a long bracket for the subject ("Sen. Chris Murphy (a Connecticut Democrat so boyish ...) says")', () => {
    const text = 'Sen. Chris Murphy (a Connecticut Democrat so boyish he has been mistaken for a junior staffer) says he was unfocused in the weeks after being elected.';
    expect(speakersOf(text)('he was unfocused')).toBe('Chris Murphy');
  });

  it('finds "what South Korean officials say is ..." and "a lack of leadership he says has left ..."', () => {
    const text =
      "The visit coincides with what South Korean officials say is Kim's 35th birthday on Tuesday. Murray Sinclair wrote the report. Sinclair derides the board for a lack of leadership he says has left the city's police without oversight.";
    const by = speakersOf(text);
    expect(by("is Kim's 35th")).toBe('South Korean officials');
    expect(by("has left the city's police")).toBe('Murray Sinclair');
  });

  it('gives a surname two people share to the one who has spoken more ("Ted Cruz ... his wife, Heidi Cruz ... Cruz has said")', () => {
    const text =
      'Ted Cruz said the race was not over. Cruz told reporters he would stay in. His wife, Heidi Cruz, campaigned in Iowa on Monday. Cruz said on Tuesday that he qualifies as a natural-born citizen.';
    expect(speakersOf(text)('he qualifies')).toBe('Ted Cruz');
  });

  it('takes short reports ("Jeff Flake said he would", "46 percent of voters said yes"), not "said no matter what"', () => {
    const text = 'Asked if her email practices were illegal, 46 percent of voters said yes. Jeff Flake said he would. Paul Ryan said no matter what Obama does, the law stands.';
    const quotes = statementsOf(text).map((s) => s.quote);
    expect(quotes).toContain('yes');
    expect(quotes).toContain('he would');
    expect(quotes).not.toContain('no');
  });

  it('gives no words to an expletive "there" ("there was a direct correlation between the Senate concluding ...")', () => {
    const text = 'Going back to the fights around Jefferson, there was a direct correlation between the Senate concluding they have the right to shape the court, and how much the court changed.';
    expect(statementsOf(text).map((s) => s.speaker?.name.toLowerCase())).not.toContain('there');
  });

  it('takes "Most Americans" or "Many Republicans" opening a sentence for no person', () => {
    const result = extract('Most Americans say the country is on the wrong track. Many Republicans agreed with them.', { publishedAt: '2016-05-01' });
    expect(result.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual([]);
  });

  it('takes the name after "said" before "when asked" for the speaker', () => {
    const text = '“Anyone who refuses to follow our laws should be deported,” said Cruz constituent Dan Golvach when asked about the issue.';
    expect(statementsOf(text)[0]?.speaker?.name).toBe('Dan Golvach');
  });

  it('gives no words to an impersonal passive ("where, it is said, local racists fired", "At a time when it was said that ...")', () => {
    const text = 'The route followed an unlit tunnel where, it is said, local racists once fired at workers. At a time when it was said that Democrats might never win again, Bill Clinton won.';
    expect(statementsOf(text)).toEqual([]);
  });

  it('records the words one speaker reports of another as embedded in the outer statement', () => {
    const text = '"Last week Mayor Ana Ruiz said the bridge would close, and we believed her," Governor Tom Berg said.';
    const statements = statementsOf(text);
    const outer = statements.find((s) => s.speaker?.name === 'Tom Berg')!;
    const inner = statements.find((s) => s.speaker?.name === 'Ana Ruiz')!;
    expect(inner.quote).toBe('the bridge would close');
    expect(inner.embeddedIn).toBe(outer.key);
  });
});

describe('attributions inside and around the clause', () => {
  it('reads an opening mark typed after a quote\'s last comma as its closing one ("“It is unusual,“ said Larry Noble")', () => {
    const text = '“It is unusual,“ said Larry Noble, an attorney with the Campaign Legal Center. “It is a hard thing to do without stepping over one line or another.”';
    expect(statementsOf(text).map((s) => [s.quote, s.speaker?.name])).toEqual([
      ['It is unusual', 'Larry Noble'],
      ['It is a hard thing to do without stepping over one line or another.', 'Larry Noble'],
    ]);
  });

  it.each([
    ['A person familiar with the matter said the deal was close.', 'person'],
    ['Officials close to the president said the deal was close.', 'Officials'],
  ])('gives "%s" to the one "familiar with" or "close to" qualifies, not to what they know', (text, speaker) => {
    expect(statementsOf(text).map((s) => [s.quote, s.speaker?.name])).toEqual([['the deal was close', speaker]]);
  });

  it('finds the clause after "said, among other things, that"', () => {
    expect(statementsOf('Mr. Trump said, among other things, that Mr. Bezos has a huge antitrust problem.').map(who)).toEqual([['Mr. Bezos has a huge antitrust problem', 'Trump', 'indirect']]);
  });

  it('finds the report of a reduced relative before a modal ("a dynamic Greenberg said could drive ...")', () => {
    const text = "It's a dynamic Stan Greenberg said could drive those moderates toward Democrats this fall.";
    expect(statementsOf(text).map(who)).toEqual([['could drive those moderates toward Democrats this fall', 'Stan Greenberg', 'indirect']]);
  });

  it('keeps a subject before ", she said," and its verb after it as one statement', () => {
    const text = 'Twitter has a problem, Faiza Patel argues. The question of whether to suspend every extremist account immediately, she said, is not so cut and dried.';
    expect(statementsOf(text).map((s) => s.quote)).toContain('The question of whether to suspend every extremist account immediately, she said, is not so cut and dried');
  });

  it('takes no cue from a base form after a determiner ("made the following comment:")', () => {
    const text = 'On July 6, Sanders made the following comment:\n\n“For young people who have graduated high school, the unemployment rate is 33 percent.”\n\nMore follows.';
    expect(statementsOf(text).map((s) => s.speaker?.name)).not.toContain('following');
  });

  it.each([
    ['She said she admires his determination and highlighted their shared commitment on policy.', 'she admires his determination'],
    ['Rubio said that he would offer a prayer for the eventual nominee but did not suggest it would be Trump.', 'he would offer a prayer for the eventual nominee'],
    ['Ginsburg escalated her criticism, telling CNN that Trump is a faker and questioning how he has gotten away with it.', 'Trump is a faker'],
  ])('ends a report before the speaker\'s own next verb: %s', (text, quote) => {
    expect(statementsOf(text)[0]?.quote).toBe(quote);
  });

  it('goes on past "and" when the verb after it is the report\'s ("communications lines are developed and reviewed regularly")', () => {
    const text = 'Veterans Affairs said communications lines are developed and reviewed regularly as part of a daily work process.';
    expect(statementsOf(text)[0]?.quote).toBe('communications lines are developed and reviewed regularly as part of a daily work process');
  });
});

describe('names in a headline in Title Case', () => {
  const article = 'Hillary Clinton Speaks ‘Directly To White People’ After Bad Optics.\n\nHillary Clinton spoke in Charlotte on Tuesday. "We have to do better," Clinton said.';

  it('keeps the words the body writes as names and no more ("Hillary Clinton Speaks" is Hillary Clinton, "Bad Optics" no one)', () => {
    const people = extract(article, { publishedAt: '2016-09-21' }).entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(people).toEqual(['Hillary Clinton']);
  });

  it('leaves a headline in sentence case as it is', () => {
    const text = 'Lavrov says talks with Borrell went well.\n\nRussian Foreign Minister Sergey Lavrov said on Thursday the talks went well.';
    expect(extract(text, {}).entities.filter((e) => e.type === 'Person').map((e) => e.name)).toContain('Sergey Lavrov');
  });
});

describe('an honorific and the sex of a given name', () => {
  it('gives "Mr. Obama" no woman of that surname ("Michelle Obama spoke first ... Mr. Obama said")', () => {
    const text = 'Michelle Obama spoke first at the dinner. "My name may not be on the ballot," Mr. Obama said on Saturday.';
    expect(statementsOf(text).map((s) => s.speaker?.name)).not.toContain('Michelle Obama');
  });
});

describe('the one a relative clause or an agent names', () => {
  it.each([
    ['He heard from many Green supporters who said they would vote NDP to keep the house as it is.', 'Green supporters'],
    ['The backlash came from entertainers and business leaders who say the law unfairly targets gay people.', 'entertainers and business leaders'],
  ])('takes the whole phrase before "who" for the speaker: %s', (text, speaker) => {
    expect(statementsOf(text)[0]?.speaker?.name).toBe(speaker);
  });

  it('gives a participle after a relative clause to the sentence\'s subject, not to the one the clause is about', () => {
    const text = 'Donald Trump defended not paying an architect who said he was stiffed after he designed a clubhouse, saying, “Maybe he didn’t do a good job.”';
    expect(statementsOf(text).find((s) => s.quote === 'Maybe he didn’t do a good job.')?.speaker?.name).toBe('Donald Trump');
  });

  it('gives a quote that goes on after a sentence to the one attributed last in it, not to those whose words it reported before', () => {
    const text = 'Her liberal friends have mocked his campaign, calling Trump “an orange buffoon,” Susan Ward said as she turned around.  “But he’s our orange buffoon, and we love him!”';
    expect(speakersOf(text)('But he’s')).toBe('Susan Ward');
  });

  it('gives the words after "by the media declaring" to the media, not to the sentence\'s subject', () => {
    const text = 'Jahangir said she was angered by the media declaring Clinton had enough delegates to be the nominee.';
    const inner = statementsOf(text).find((s) => s.quote === 'Clinton had enough delegates to be the nominee');
    expect(inner?.speaker?.name).toBe('media');
  });
});

describe('titles before names', () => {
  it.each([
    ['Del. Jennifer L. McClellan said the deal was bad for the state.', 'Jennifer L. McClellan'],
    ['Senators Marco Rubio and Ted Cruz met donors. Rubio said the deal was bad for the state.', 'Marco Rubio'],
    ['Reps. Chris Collins said the deal was bad for the state.', 'Chris Collins'],
    ['Del Smith said the deal was bad for the state.', 'Del Smith'],
  ])('keeps a title (one abbreviated, or in the plural) out of the name: %s', (text, speaker) => {
    expect(statementsOf(text)[0]?.speaker?.name).toBe(speaker);
  });
});

describe('bodies named "X of Y" and places inside asides', () => {
  it.each([
    ['The Bank of Canada said rates would rise.', 'Bank of Canada'],
    ['The American Civil Liberties Union of Ohio said the rules violate free-speech rights.', 'American Civil Liberties Union of Ohio'],
    ['A spokesman for the Church of England said the vote was close.', 'Church of England'],
    ['Secretary of State John Kerry said talks would go on.', 'John Kerry'],
  ])('takes a body\'s name on past "of" after a word that heads bodies: %s', (text, speaker) => {
    expect(statementsOf(text)[0]?.speaker?.name).toBe(speaker);
  });

  it.each([
    ['Sandy Phillips, who lost her daughter during the shooting in Aurora, Colorado, in July 2012, said that Sanders had been rude.', 'Sandy Phillips'],
    ['Sen. Chuck Grassley, facing a spirited challenge in Iowa, a swing state, said he would welcome Cruz.', 'Chuck Grassley'],
    ['His comments come the day after Sir Ian Blair, the new Metropolitan Police commissioner, said he was in favour of phone-tap evidence.', 'Ian Blair'],
    ['In a panel discussion this weekend in Washington, Marc H. Morial, the chief executive of the National Urban League, said that some people may not vote.', 'Marc H. Morial'],
  ])('takes a place after a preposition inside an aside for no subject: %s', (text, speaker) => {
    expect(statementsOf(text)[0]?.speaker?.name).toBe(speaker);
  });
});

describe('a clause of another subject after ", and" or ", but"', () => {
  it('ends a question or an infinitive reported before it ("asked whether ..., but the campaign refused")', () => {
    const quotes = statementsOf('Reporters asked whether Cruz disavowed the endorsement, but the campaign refused to answer. The city urged people to seek shelter, and the hashtag was soon trending.').map((s) => s.quote);
    expect(quotes).toEqual(['whether Cruz disavowed the endorsement', 'to seek shelter']);
  });

  it('goes on where the report is a clause, or the clause after it is in a modal ("and Democrats would need ...")', () => {
    const quotes = statementsOf('Reid urged them to support Sanders, and Democrats would need to depend on Bernie. Jacobs said the boxes were flooded, but Sanders did not make the list.').map((s) => s.quote);
    expect(quotes).toEqual(['to support Sanders, and Democrats would need to depend on Bernie', 'the boxes were flooded, but Sanders did not make the list']);
  });

  it('gives "and said" to that clause\'s subject, not to the speaker before it', () => {
    const by = speakersOf('The rabbis called for a boycott of his speech, and the Anti-Defamation League strongly denounced the rhetoric and said it would return the donations.');
    expect(by('a boycott')).toBe('rabbis');
    expect(by('it would return')).toBe('Anti-Defamation League');
  });
});

describe('a relative pronoun as the subject of a verb of speech', () => {
  it('names the speaker by the "who" or ", which" (its mention) and resolves it to the phrase before', () => {
    const text = 'Tom Ebeling, who said she planned to caucus for Clinton, left early. The agency, which said the plan would fail, closed its doors.';
    const [first, second] = statementsOf(text);
    expect([first?.speaker?.name, first?.speakerText]).toEqual(['Tom Ebeling', 'who']);
    expect([second?.quote, second?.speaker?.name, second?.speakerText]).toEqual(['the plan would fail', 'agency', 'which']);
  });

  it('takes the person before "24, from Manchester, who said" for the antecedent, not the place', () => {
    const text = '“It is for the people,” said Nicky Driscoll, 24, from Manchester, who said Sanders is best suited to get money out of government.';
    expect(speakersOf(text)('Sanders is best')).toBe('Nicky Driscoll');
  });

  it('reads a capitalised "Will" before the verb as a name, not a modal ("Florida, which Will claims affirmed ...")', () => {
    const text = 'The columnist praised the speech in Orlando, Florida, which Will claims affirmed the conservative belief in nationhood.';
    expect(statementsOf(text).find((s) => s.quote.startsWith('affirmed'))?.speakerText).toBe('Will');
  });
});

describe('a pronoun after a quote of several sentences', () => {
  const text = `Dudi Dwiriadi, a district military commander, said volunteers had been briefed.

Many coastal residents reported no warning signs.

Yuni, a resident of Lampung in Sumatra, was watching television at home when she heard the water coming.

“I heard a rumbling sound. After I opened the door, water came in quickly. I decided to run,” she said.`;

  it('takes the sentences before the quote\'s first for the subject before it, and a word opening a sentence with ", a resident of" for a person', () => {
    expect(speakersOf(text)('I heard a rumbling')).toBe('Yuni');
  });
});

describe('a pronoun opening the sentence after a quote', () => {
  it('looks for the subject of the quote\'s own sentence, not the one before it ("... in Nice, France." He said ...)', () => {
    const text = 'Mayor Christian Estrosi said the driver fired at people. In Washington, President Obama released a statement condemning "what appears to be a horrific terrorist attack in Nice, France." He said he had directed his team to help.';
    expect(speakersOf(text)('he had directed')).toBe('Obama');
  });

  it('goes on from a quote that ends its sentence with a question mark ("“... a fascist?” he asked")', () => {
    const text = '“I want to be associated with interesting quotes,” Donald Trump said on the show. Chuck Todd was shocked. “Do you want to be associated with a fascist? That is the question,” he asked.';
    expect(speakersOf(text)('Do you want')).toBe('Chuck Todd');
  });
});

describe('a question put to the speaker ("Asked ..., he said ...")', () => {
  it('is not the speaker\'s words, and the answer after the verb is, a name too', () => {
    const text = 'Donald Trump eased his tone on Thursday. Asked on Fox News who leads the party in his view, he said Ryan. Asked about his criticisms of Trump, Chris Christie said that was part of running against him.';
    const statements = statementsOf(text);
    expect(statements.map((s) => s.quote).filter((q) => q.startsWith('Asked'))).toEqual([]);
    expect(statements.find((s) => s.quote === 'Ryan')?.speaker?.name).toBe('Donald Trump');
    // a name alone is no statement without the question
    expect(statementsOf('Donald Trump spoke on Thursday. He said Ryan.').map((s) => s.quote)).toEqual([]);
  });

  it('leaves a quote inside the question to the question, not one after it', () => {
    const asked = statementsOf('Asked whether Clinton “has the integrity to serve effectively as president,” 75 percent of Democrats said yes.');
    expect(asked.map((s) => s.quote)).toEqual(['yes']);
    const after = statementsOf('When asked to confirm his part, a separate intelligence source did so, but with a caveat: “The person in question is one of the primary participants,” the source said.');
    expect(after.map((s) => s.quote)).toContain('The person in question is one of the primary participants');
  });

  it('ends a sentence at "said no." (not "No. 10")', () => {
    const text = 'Asked if he was ever bullied, the Republican candidate said no. The candidate said no. He said he had seen it. He works at No. 10 Downing Street, Mr Blair said.';
    const quotes = statementsOf(text).map((s) => s.quote);
    expect(quotes.filter((q) => q === 'no')).toHaveLength(2);
    expect(quotes).toContain('he had seen it');
    expect(quotes).toContain('He works at No. 10 Downing Street');
  });
});

describe('names of things', () => {
  it('takes "an app called Facebook Research" for no person, so that "Facebook" stays the company and "it" finds it', () => {
    const text = 'Facebook says Apple is restoring its access to a key tool. TechCrunch reported that Facebook paid teens who agreed to download an app called Facebook Research. In an internal memo, Facebook told employees it is working closely with Apple. It also told workers to install the public versions of apps. The company noted that the issue had no impact on its consumer services.';
    const speakers = statementsOf(text).map((s) => [s.speaker?.name, s.speaker?.type]);
    expect(speakers.length).toBeGreaterThanOrEqual(4);
    expect(speakers.filter(([name]) => name !== 'TechCrunch')).toEqual(speakers.filter(([name]) => name !== 'TechCrunch').map(() => ['Facebook', 'Organization']));
    // a person named so is one
    expect(extract('A worker named Antonio Arroyo said the plant would close.').entities).toContainEqual(expect.objectContaining({ name: 'Antonio Arroyo', type: 'Person' }));
  });

  it('gives a name alone to no one whose full name only comes after it ("Obama" before a caption\'s "President Obama Speech")', () => {
    const text = 'Obama said tolerance is on the ballot. [Video: FULL SPEECH: President Obama Speech at Black Caucus Foundation in Washington DC]';
    expect(speakersOf(text)('tolerance')).toBe('Obama');
  });
});

describe('a body described by its kind ("the union", "the military")', () => {
  it('is a body of that kind the article named, else itself; "the company" is any body named', () => {
    const text = 'Emergency Health Services said it was hiring more paramedics. The union says burnout is critical among its members. Acme Corp. said it would send supplies. The military said it was deploying troops. The company said it needed flexibility.';
    const by = speakersOf(text);
    expect(by('burnout')?.toLowerCase()).toBe('union');
    expect(by('it was deploying')?.toLowerCase()).toBe('military');
    expect(by('it needed')).toBe('Acme Corp.');
    const union = 'The Association of Flight Attendants said it endorsed Clinton on Friday. The union said her fight had opened doors for women.';
    expect(speakersOf(union)('her fight')).toBe('Association of Flight Attendants');
  });
});

describe('a pronoun after an unnamed spokesperson', () => {
  it('gives "She added" after "A spokeswoman for Human Rights Watch said" to the body she speaks for', () => {
    const text = 'Tony Blair said the law was needed. A spokeswoman for Human Rights Watch said it was a "basic principle" that people should only be punished after a fair trial. She added: "Having a judge impose those punishments without a trial does not sanitise them."';
    expect(speakersOf(text)('Having a judge')).toBe('Human Rights Watch');
    // not a spokesman for "she"
    const other = 'Tony Blair said the law was needed. A spokesman for Human Rights Watch said it was wrong. She added: "We will appeal."';
    expect(speakersOf(other)('We will appeal')).not.toBe('Human Rights Watch');
  });
});

describe('a document and the one who wrote it', () => {
  it('gives "the Civic Action study" and "The RCMP statement" to the body named before the noun', () => {
    const text = 'According to the Civic Action study, the retail sector in Ontario employed 226,000 youth in 2017. The RCMP statement said that "the level of trust is in place."';
    const by = speakersOf(text);
    expect(by('the retail sector')).toBe('Civic Action');
    expect(by('the level of trust')).toBe('RCMP');
  });

  it('gives "a study released Monday by Civic Action" to the one it is by', () => {
    const text = 'Those sectors are the best bets for youth, according to a study which is being released Monday by Civic Action. A new poll conducted by Edison Research says turnout is up.';
    const by = speakersOf(text);
    expect(by('Those sectors')).toBe('Civic Action');
    expect(by('turnout is up')).toBe('Edison Research');
  });
});

describe('a second verb of speech of the same subject after "but" or "and" and a time', () => {
  it('ends the first report at the conjunction ("... top earners but on Wednesday said ...", "... would work and later added ...")', () => {
    const text = 'Tony Blair has said he does not want higher tax rates for top earners but on Wednesday said other tax promises would be decided later. Mr Blair said the plan would work and later added that the cost was fair.';
    const quotes = statementsOf(text).map((s) => s.quote);
    expect(quotes).toEqual(['he does not want higher tax rates for top earners', 'other tax promises would be decided later', 'the plan would work', 'the cost was fair']);
  });
});

describe('a noun the tagger read as a verb right after the cue', () => {
  it('opens the reported clause ("says offload issues and overcapacity challenges are symptoms that ...")', () => {
    const text = 'Tim Guest runs the ER. But he says offload issues and overcapacity challenges at the ER are symptoms that are showing the rest of the system isn’t working.';
    expect(statementsOf(text).map((s) => s.quote)).toEqual(['offload issues and overcapacity challenges at the ER are symptoms that are showing the rest of the system isn’t working']);
  });
});

describe('a capitalised description before a full name', () => {
  it('is no part of the name when the article gives the name alone ("Rival Hillary Clinton", "Vermonter Bernie Sanders")', () => {
    const text = 'Hillary Clinton spoke in Ohio on Monday. Rival Hillary Clinton says Trump is unfit. Bernie Sanders spoke too. Vermonter Bernie Sanders said he had raised $20 million. Marine Le Pen backed Trump. Le Pen said Clinton means war.';
    const by = speakersOf(text);
    expect(by('Trump is unfit')).toBe('Hillary Clinton');
    expect(by('he had raised')).toBe('Bernie Sanders');
    // a surname with its particle given alone is no reason ("Marine Le Pen" stays)
    expect(by('Clinton means war')).toBe('Marine Le Pen');
  });

  it('takes the end of a title after "of" and an occupation for no part of the name ("Chief of Staff Denis McDonough", "Journalist Jorge Ramos")', () => {
    const by = speakersOf('White House Chief of Staff Denis McDonough said the plan would work. Journalist Jorge Ramos said he was ejected.');
    expect(by('the plan would work')).toBe('Denis McDonough');
    expect(by('he was ejected')).toBe('Jorge Ramos');
  });

  it('takes a party\'s members before a surname for no part of it, and counts of people or one party member for no person', () => {
    const { entities } = extract('Republicans Jolly of Indian Shores and DeSantis of Ponte Vedra Beach want to cut it. Most Southern states vote soon. Senator Kelly Ayotte, a New Hampshire Republican, spoke.');
    const people = entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(people).toContain('Jolly');
    expect(people).not.toContain('Republicans Jolly');
    expect(people).not.toContain('Most Southern');
    expect(people).not.toContain('New Hampshire Republican');
  });
});

describe('names of bodies and places that look like a person\'s', () => {
  it('takes "Edison Research" and "the Trans-Pacific Partnership" for bodies and "Fort Pierce" for no person', () => {
    const { entities } = extract('Edison Research said turnout rose. Obama backed the Trans-Pacific Partnership. In Fort Pierce, Clinton spoke. It is a good deal, he says.');
    expect(entities).toContainEqual(expect.objectContaining({ name: 'Edison Research', type: 'Organization' }));
    expect(entities.filter((e) => e.type === 'Person').map((e) => e.name)).not.toContain('Trans-Pacific Partnership');
    expect(entities.filter((e) => e.type === 'Person').map((e) => e.name)).not.toContain('Fort Pierce');
  });
});

describe('", and" and an auxiliary after a report', () => {
  it('goes on when the auxiliary is in the present after a cue in the past, not after "but"', () => {
    const quotes = statementsOf('China has in the past said it sees the weapons ban as politically driven, and does not want it lifted in order to buy more weapons. Conway said that she recruited Bossie, but hasn’t decided what she’ll be doing next. Mr Smith said he would offer a prayer, but did not suggest a vote.').map((s) => s.quote);
    expect(quotes).toContain('it sees the weapons ban as politically driven, and does not want it lifted in order to buy more weapons');
    expect(quotes).toContain('she recruited Bossie');
    expect(quotes).toContain('he would offer a prayer');
  });
});

describe('"its" after a person\'s document opening the sentence', () => {
  it('is the document\'s, so its writer\'s ("Robert Peston\'s new book ... with its claims that")', () => {
    const text = 'Duncan Bannatyne attacked the government. Robert Peston\'s new book has prompted more speculation about the rift with its claims that the prime minister broke a promise made in 2003 to stand down.';
    expect(speakersOf(text)('the prime minister broke')).toBe('Robert Peston');
  });
});

describe('a given name set off after a relative of someone named', () => {
  it('is that family\'s ("Spindler\'s father, Joseph," is Joseph Spindler, not the Joseph named before), and the surname alone stays the one named by it', () => {
    const text = 'Jason Spindler was killed. Police chief Joseph Boinnet said the attack was over. Spindler\'s father, Joseph, says his son grew up in Houston. Clinton\'s husband, Bill, said she would win.';
    const by = speakersOf(text);
    expect(by('his son grew up')).toBe('Joseph Spindler');
    expect(by('she would win')).toBe('Bill Clinton');
    const barden = 'Mark Barden spoke on Monday. Barden\'s son, Daniel, was killed in 2012. Barden said that far too many lives have been lost to gun violence.';
    expect(speakersOf(barden)('far too many lives')).toBe('Mark Barden');
  });
});
