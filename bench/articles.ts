/**
 * A seeded generator of news-like English articles (quotes, reported speech, titles, pronouns),
 * so that extraction can be measured without copying anyone's articles into the project.
 */

export interface GeneratedArticle {
  id: string;
  title: string;
  publisher: string;
  publishedAt: string;
  text: string;
}

export { random } from '../src/seededRandom.js';
import { random } from '../src/seededRandom.js';

const FIRST = ['Anna', 'Marek', 'Sofia', 'Jonas', 'Leila', 'Pavel', 'Ines', 'Tomas', 'Rita', 'Omar', 'Clara', 'Viktor'];
const LAST = ['Novak', 'Holm', 'Castro', 'Berg', 'Dahl', 'Ruiz', 'Lind', 'Moreau', 'Kovac', 'Strand', 'Vidal', 'Ek'];
const COUNTRIES: Array<[string, string]> = [['Portuguese', 'Lisbon'], ['Polish', 'Warsaw'], ['Swedish', 'Stockholm'], ['Austrian', 'Vienna'], ['Greek', 'Athens']];
const TITLES = ['Foreign Minister', 'Finance Minister', 'Prime Minister', 'Defence Minister', 'President'];
const CUES = ['said', 'stressed', 'noted', 'told reporters', 'added', 'warned', 'pointed out'];
const CLAUSES = [
  'the talks would resume next week',
  'the budget would be balanced by the end of the year',
  'the agreement was a step in the right direction',
  'sanctions would not change the position of the government',
  'the new port would open in the spring',
  'the country was ready to host the summit',
];
const QUOTES = [
  'We are not going to give up our interests',
  'Nobody can decide this for us. We will decide on our own',
  'This is a good day for the whole region',
  'We have said it many times, and we will say it again',
];

function pick<T>(rnd: () => number, items: readonly T[]): T {
  return items[Math.floor(rnd() * items.length)]!;
}

function paragraph(rnd: () => number, name: string, surname: string, title: string, demonym: string): string {
  switch (Math.floor(rnd() * 5)) {
    case 0:
      return `${demonym} ${title} ${name} ${pick(rnd, CUES)} that ${pick(rnd, CLAUSES)}.`;
    case 1:
      return `"${pick(rnd, QUOTES)}," ${surname} ${pick(rnd, ['said', 'stressed', 'added'])}. "${pick(rnd, QUOTES)}."`;
    case 2:
      return `According to the ${title.toLowerCase()}, ${pick(rnd, CLAUSES)}.`;
    case 3:
      return `${pick(rnd, CLAUSES).replace(/^./, (c) => c.toUpperCase())}, ${surname} said on ${pick(rnd, ['Monday', 'Tuesday', 'Friday'])}.`;
    default:
      return `He also ${pick(rnd, ['noted', 'said'])} that ${pick(rnd, CLAUSES)}, adding that ${pick(rnd, CLAUSES)}.`;
  }
}

/** `count` articles of 6 to 14 paragraphs, the same for the same seed. */
export function generateArticles(count: number, seed = 42): GeneratedArticle[] {
  const rnd = random(seed);
  return Array.from({ length: count }, (_, i) => {
    const surname = pick(rnd, LAST);
    const name = `${pick(rnd, FIRST)} ${surname}`;
    const [demonym, city] = pick(rnd, COUNTRIES);
    const title = pick(rnd, TITLES);
    const paragraphs = Array.from({ length: 6 + Math.floor(rnd() * 9) }, () => paragraph(rnd, name, surname, title, demonym));
    const headline = `${surname} says ${pick(rnd, CLAUSES)}`;
    const day = String(1 + (i % 28)).padStart(2, '0');
    const text = [headline, `${city.toUpperCase()}, May ${Number(day)}. ${paragraphs[0]}`, ...paragraphs.slice(1)].join('\n\n');
    return { id: `generated-${seed}-${i}`, title: headline, publisher: 'Generated Wire', publishedAt: `2024-05-${day}`, text };
  });
}
