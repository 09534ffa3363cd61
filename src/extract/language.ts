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
  const detected = franc(text.slice(0, 4000), { minLength: MIN_LENGTH });
  if (detected === 'und' || detected === 'eng' || detected === 'sco') return null;
  return `the text reads as another language than English (ISO 639-3 "${detected}"); the extractor reads English only`;
}
