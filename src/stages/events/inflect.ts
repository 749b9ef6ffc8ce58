// English verb and noun inflection for trigger lemmas, so that the data lists a verb once.

/** How a verb form is used: base "meet", third person "meets", past "met", participle "met", gerund "meeting". */
export type VerbForm = 'base' | 'third' | 'past' | 'participle' | 'gerund';

const VOWEL = /[aeiou]/;
// "ban" -> "banned": one vowel before a final consonant in a one-syllable word doubles it
const doubles = (w: string) => /^[^aeiou]*[aeiou][bdgklmnprt]$/.test(w);

function third(w: string): string {
  if (/(s|sh|ch|x|z|o)$/.test(w)) return w + 'es';
  if (/[^aeiou]y$/.test(w)) return w.slice(0, -1) + 'ies';
  return w + 's';
}

function past(w: string): string {
  if (w.endsWith('e')) return w + 'd';
  if (/[^aeiou]y$/.test(w)) return w.slice(0, -1) + 'ied';
  if (doubles(w)) return w + w.at(-1) + 'ed';
  return w + 'ed';
}

function gerund(w: string): string {
  if (/ie$/.test(w)) return w.slice(0, -2) + 'ying';
  if (/[^e]e$/.test(w) && w.length > 2) return w.slice(0, -1) + 'ing';
  if (doubles(w)) return w + w.at(-1) + 'ing';
  return w + 'ing';
}

/**
 * The forms of a verb written as "lemma" or "lemma:past[:participle]":
 * "visit" -> visit, visits, visited, visited, visiting; "meet:met" -> meet, meets, met, met, meeting.
 */
export function verbForms(spec: string): Array<[string, VerbForm]> {
  const [lemma, irregularPast, irregularParticiple] = spec.split(':');
  const p = irregularPast ?? past(lemma);
  return [
    [lemma, 'base'],
    [third(lemma), 'third'],
    [p, 'past'],
    [irregularParticiple ?? p, 'participle'],
    [gerund(lemma), 'gerund'],
  ];
}

/** A noun and its plural: "visit" -> visits, "ally" -> allies; a plural-looking noun stays as it is. */
export function nounForms(noun: string): string[] {
  if (/s$/.test(noun) || !VOWEL.test(noun)) return [noun];
  return [noun, third(noun)];
}
