// Paragraphs, sentences and tokens. A line break always ends a sentence: news text puts the headline
// and each paragraph on lines of their own, and a sentence never runs across them.
import type { Doc } from '../../doc/types.js';
import { tokenize } from '../../nlp/tokenizer.js';
import type { Stage } from '../../pipeline/index.js';

function run(doc: Doc): void {
  const lines = /[^\n]+/g;
  let paragraph = 0;
  for (let m = lines.exec(doc.text); m; m = lines.exec(doc.text)) {
    if (!m[0].trim()) continue;
    const inTitle = doc.titleSpan !== null && m.index <= doc.titleSpan.start && doc.titleSpan.start < m.index + m[0].length;
    const { tokens, sentences } = tokenize(m[0], m.index);
    const firstToken = doc.tokens.length;
    for (const s of sentences) {
      const i = doc.sentences.length;
      doc.sentences.push({ i, start: s.start, end: s.end, tokenStart: s.tokenStart + firstToken, tokenEnd: s.tokenEnd + firstToken, paragraph, inTitle });
      for (let k = s.tokenStart; k < s.tokenEnd; k++) doc.tokens.push({ ...tokens[k], i: firstToken + k, sent: i });
    }
    paragraph++;
  }
}

export const segment: Stage = { name: 'segment', requires: [], assigns: ['sentences', 'tokens'], run };
