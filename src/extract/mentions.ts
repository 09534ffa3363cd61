import type { EntityRef, MentionRef } from './types.js';

interface Surface {
  form: string;
  entity: EntityRef;
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/** Every name and alias of the entities, longest first so that "NATO-Russia Council" beats "NATO". */
function surfaces(entities: EntityRef[]): Surface[] {
  return entities
    .flatMap((entity) => [entity.name, ...(entity.aliases ?? [])].map((form) => ({ form, entity })))
    .filter((s) => s.form.length > 1)
    .sort((a, b) => b.form.length - a.form.length);
}

/**
 * A finder of the entities named in a text by their names and aliases, as whole words and with the
 * case as written (so "US" is not "us"); overlapping matches keep the longest. Build it once per
 * article: the sorted names are shared by all of its statements.
 */
export function createMentionFinder(entities: EntityRef[]): (text: string) => MentionRef[] {
  const forms = surfaces(entities);
  return (text) => {
    const taken = new Uint8Array(text.length);
    const found: MentionRef[] = [];
    for (const { form, entity } of forms) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
        const end = at + form.length;
        if (isWordChar(text[at - 1]) || isWordChar(text[end]) || taken[at] || taken[end - 1]) continue;
        taken.fill(1, at, end);
        found.push({ name: entity.name, type: entity.type, start: at, end });
      }
    }
    return found.sort((a, b) => a.start - b.start);
  };
}

/** The mentions of entities in one text. */
export function findMentions(text: string, entities: EntityRef[]): MentionRef[] {
  return createMentionFinder(entities)(text);
}
