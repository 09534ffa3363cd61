import { franc } from 'franc-min';

/** The languages the extractor reads, as a client may name them. */
const ENGLISH = new Set(['en', 'eng', 'english', 'en-gb', 'en-us', 'en-ca', 'en-au']);

/** Below this many characters a guess of the language is too weak to refuse an article on. */
const MIN_LENGTH = 100;

/**
 * Why an article is not one the extractor can read, or null. The declared language must be English,
 * and the text must not read as another language (franc-min's trigram model on its first
 * characters; a text too short or too mixed to tell passes).
 */
export function unsupportedLanguage(text: string, declared: string | null | undefined): string | null {
  if (declared && !ENGLISH.has(declared.trim().toLowerCase())) return `the extractor reads English (en) only, not "${declared.slice(0, 40)}"`;
  if (plainlyEnglish(text)) return null;
  const detected = franc(text.slice(0, 4000), { minLength: MIN_LENGTH });
  if (detected === 'und' || detected === 'eng' || detected === 'sco') return null;
  return `the text reads as another language than English (ISO 639-3 "${detected}"); the extractor reads English only`;
}

/**
 * English function words, rare as words of the other languages franc-min knows: "the" alone is
 * about one word in sixteen of English news. (Words common in another language, such as "in",
 * "is", "a", "was" or "die", are left out.) On the dev corpora (989 English articles) they are a
 * median 23% of the first words, and under 15% in 1 article in 100; in a German, French, Dutch
 * or Spanish paragraph, none.
 */
const ENGLISH_WORDS = new Set(['the', 'of', 'and', 'to', 'that', 'said', 'with', 'for', 'from', 'his', 'her', 'they', 'this', 'which', 'would', 'have', 'has', 'been', 'were', 'by', 'it', 'be', 'are', 'not']);

/** At least this share of the first words being English function words settles the language without franc. */
const PLAINLY_ENGLISH_SHARE = 0.15;

/**
 * Whether the text's first words are plainly English: franc compares every trigram of 4,000
 * characters with each of its 82 languages (about 3 ms an article, on the ingest's main thread),
 * where counting function words takes a few microseconds. A text that is not plainly English is
 * left to franc.
 */
function plainlyEnglish(text: string): boolean {
  const words = text.slice(0, 4000).toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 40) return false;
  let english = 0;
  for (const w of words) if (ENGLISH_WORDS.has(w)) english++;
  return english / words.length >= PLAINLY_ENGLISH_SHARE;
}
