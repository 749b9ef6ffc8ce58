// Generated articles for load tests and benchmarks: varied enough that texts differ, made by index
// so that any run can rebuild the same corpus.
import type { EntityType, PloverType } from '../doc/types.js';
import type { ArticleSpec } from './fixtures.js';

const PEOPLE: Array<[string, string, string]> = [
  ['Amara Okafor', 'NGA', 'foreign minister'], ['Lucas Ferreira', 'BRA', 'president'], ['Ingrid Solberg', 'NOR', 'prime minister'],
  ['Kenji Watanabe', 'JPN', 'defence minister'], ['Fatima Benali', 'MAR', 'foreign minister'], ['Pavel Novak', 'CZE', 'president'],
  ['Aisha Rahman', 'BGD', 'prime minister'], ['Diego Morales', 'CHL', 'foreign minister'], ['Leila Haddad', 'LBN', 'president'],
  ['Tomasz Wrona', 'POL', 'defence minister'], ['Nadia Petrova', 'BGR', 'prime minister'], ['Omar Sheikh', 'SOM', 'president'],
];
const COUNTRIES: Record<string, string> = { NGA: 'Nigeria', BRA: 'Brazil', NOR: 'Norway', JPN: 'Japan', MAR: 'Morocco', CZE: 'Czechia', BGD: 'Bangladesh', CHL: 'Chile', LBN: 'Lebanon', POL: 'Poland', BGR: 'Bulgaria', SOM: 'Somalia' };
const ACTS: Array<[PloverType, string]> = [['CONSULT', 'met'], ['AGREE', 'signed an accord with'], ['ACCUSE', 'accused'], ['AID', 'sent aid to'], ['THREATEN', 'warned'], ['COOPERATE', 'opened joint patrols with']];
const TOPICS = ['grain exports', 'a disputed river dam', 'fishing rights', 'refugee returns', 'a rail corridor', 'electricity trade', 'border patrols', 'vaccine supplies', 'port fees', 'mining licences'];
const CLOSERS = ['Talks are expected to continue next month.', 'Neither government gave further details.', 'Opposition lawmakers criticised the move.', 'Analysts said the step was overdue.', 'Markets reacted calmly to the news.'];

/** The date of article `i`: one a day from 2020-01-01, cycling over six years. */
export const generatedDate = (i: number): string => new Date(Date.UTC(2020, 0, 1) + (i % 2190) * 86_400_000).toISOString().slice(0, 10);

/** Article number `i`: a dated story in which one official acts on another. */
export function generateArticle(i: number): ArticleSpec {
  const [a, ca, role] = PEOPLE[i % PEOPLE.length];
  const [b, cb] = PEOPLE[(i * 7 + 3) % PEOPLE.length];
  const [type, verb] = ACTS[(i >> 2) % ACTS.length];
  const topic = TOPICS[(i * 3) % TOPICS.length];
  const words = `${a} ${verb} ${b}`;
  const text = [
    `${COUNTRIES[ca]} and ${COUNTRIES[cb]} in dispute over ${topic} (report ${i})`,
    '',
    `${COUNTRIES[ca]}'s ${role} ${words} on ${generatedDate(i)} over ${topic}, officials said in report number ${i}.`,
    `The meeting in the capital of ${COUNTRIES[cb]} lasted ${2 + (i % 5)} hours and covered ${TOPICS[(i + 1) % TOPICS.length]} as well as ${TOPICS[(i + 4) % TOPICS.length]}.`,
    `${a} told reporters that ${COUNTRIES[ca]} wanted "a fair outcome" and that ${b} had listened carefully, while ${i % 3} delegates from regional bodies took notes.`,
    CLOSERS[i % CLOSERS.length],
  ].join('\n');
  const entities: Array<[string, EntityType, string | null]> = [[a, 'PERSON', ca], [COUNTRIES[ca], 'GPE', ca]];
  if (b !== a) entities.push([b, 'PERSON', cb]);
  if (cb !== ca) entities.push([COUNTRIES[cb], 'GPE', cb]);
  return {
    text, date: generatedDate(i), title: `Report ${i}`, source: `source-${i % 7}`, url: `https://gen.example/${i}`, ref: `gen:${i}`,
    entities, roles: [[a, role, COUNTRIES[ca]]], events: b === a ? [] : [[a, type, b, words]], figures: [a],
  };
}
