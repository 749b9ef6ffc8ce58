// A small corpus of hand-made articles with known answers, for the query tests.
import type { ArticleSpec } from '../../src/store/fixtures.js';

export const CORPUS: ArticleSpec[] = [
  {
    title: 'Ruto and Hassan agree to reopen border', date: '2024-05-13', source: 'nairobi-daily', url: 'https://nd.example/1',
    text: 'Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan agreed on Monday to reopen the Namanga crossing. Kenya and Tanzania will meet again in June.',
    entities: [['William Ruto', 'PERSON', 'KEN'], ['Samia Suluhu Hassan', 'PERSON', 'TZA'], ['Kenya', 'GPE', 'KEN'], ['Tanzania', 'GPE', 'TZA']],
    roles: [['William Ruto', 'president', 'Kenya'], ['Samia Suluhu Hassan', 'president', 'Tanzania']],
    events: [['William Ruto', 'AGREE', 'Samia Suluhu Hassan', 'agreed on Monday to reopen']],
    figures: ['William Ruto', 'Samia Suluhu Hassan'],
  },
  {
    title: 'Border deal welcomed', date: '2024-05-13', source: 'dar-times', url: 'https://dt.example/1',
    text: 'Traders welcomed the deal after Ruto agreed with Hassan to reopen the crossing, a step President Hassan called overdue.',
    entities: [['Ruto', 'PERSON', 'KEN'], ['Hassan', 'PERSON', 'TZA']],
    events: [['Ruto', 'AGREE', 'Hassan', 'Ruto agreed with Hassan']],
    figures: ['Hassan'],
  },
  {
    title: 'Kenya accuses Tanzania over fees', date: '2024-06-20', source: 'nairobi-daily', url: 'https://nd.example/2',
    text: 'William Ruto accused Samia Suluhu Hassan of doubling inspection fees at the border, straining ties between Kenya and Tanzania.',
    entities: [['William Ruto', 'PERSON', 'KEN'], ['Samia Suluhu Hassan', 'PERSON', 'TZA'], ['Kenya', 'GPE', 'KEN'], ['Tanzania', 'GPE', 'TZA']],
    events: [['William Ruto', 'ACCUSE', 'Samia Suluhu Hassan', 'accused Samia Suluhu Hassan']],
    figures: ['William Ruto'],
  },
  {
    title: 'Uganda minister named', date: '2024-06-20', source: 'kampala-post', url: 'https://kp.example/1',
    text: 'Ugandan Foreign Minister Jeje Odongo met Kenyan envoys in Kampala. Odongo said Uganda backed the border deal.',
    entities: [['Jeje Odongo', 'PERSON', 'UGA'], ['Uganda', 'GPE', 'UGA']],
    roles: [['Jeje Odongo', 'foreign minister', 'Uganda']],
    figures: ['Jeje Odongo'],
  },
  {
    title: 'A different foreign minister', date: '2024-06-20', source: 'lake-news', url: 'https://ln.example/1',
    text: 'Uganda Foreign Minister Henry Oryem Okello opened the trade fair in Jinja on Thursday.',
    entities: [['Henry Oryem Okello', 'PERSON', 'UGA'], ['Uganda', 'GPE', 'UGA']],
    roles: [['Henry Oryem Okello', 'foreign minister', 'Uganda']],
    checks: ['date of the fair is not given'],
  },
];
