import { describe, expect, it } from 'vitest';
import { unsupportedLanguage } from '../../src/extract/language.js';

const ENGLISH = 'The mayor said on Tuesday that the budget would be balanced by the end of the year, and that the council had no plan to raise taxes. ' +
  'Opposition members said they were not convinced and asked for a debate, which the council agreed to hold next week. ' +
  'The finance committee has been asked to report on the cost of the new port, which the mayor has said is her first priority.';
const GERMAN = 'Die Bürgermeisterin sagte am Dienstag, dass der Haushalt bis zum Ende des Jahres ausgeglichen sein werde und der Rat keine Steuererhöhung plane. ' +
  'Die Opposition zeigte sich nicht überzeugt und forderte eine Debatte, die der Rat für die kommende Woche zusagte. ' +
  'Der Finanzausschuss soll über die Kosten des neuen Hafens berichten, den die Bürgermeisterin ihre erste Priorität nennt.';
// German with English quoted in it: a few English words are not enough to skip the language model
const GERMAN_QUOTING = `${GERMAN} "We will not raise taxes", sagte sie auf Englisch vor der Presse aus London.`;

describe('the language of an article', () => {
  it('takes plain English, declared or not', () => {
    expect(unsupportedLanguage(ENGLISH, undefined)).toBeNull();
    expect(unsupportedLanguage(ENGLISH, 'en-GB')).toBeNull();
  });

  it('refuses another language, whether it is declared or read', () => {
    expect(unsupportedLanguage(ENGLISH, 'de')).toMatch(/English \(en\) only/);
    expect(unsupportedLanguage(GERMAN, undefined)).toMatch(/ISO 639-3 "deu"/);
    expect(unsupportedLanguage(GERMAN_QUOTING, null)).toMatch(/ISO 639-3 "deu"/);
  });

  it('leaves a text too short to tell to pass', () => {
    expect(unsupportedLanguage('Der Rat tagt.', undefined)).toBeNull();
  });
});
