// The learned recognizer (src/ner, trained on CoNLL-2003) proposes PER / LOC / ORG / MISC spans over
// the whole document at once, so that document-level evidence counts. The names stage decides what
// becomes a mention; a mention typed by these proposals records the tagger as its source.
import type { Doc } from '../../doc/types.js';
import { loadTagger } from '../../ner/tagger.js';
import type { Stage } from '../../pipeline/index.js';

function run(doc: Doc): void {
  const sentences = doc.sentences.map((s) => doc.tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.text));
  const tagged = loadTagger().tagDocument(sentences);
  tagged.forEach((spans, i) => {
    const base = doc.sentences[i].tokenStart;
    for (const span of spans) doc.nerSpans.push({ tokenStart: base + span.start, tokenEnd: base + span.end, type: span.type });
  });
}

export const tagger: Stage = { name: 'tagger', requires: ['tokens', 'sentences'], assigns: ['nerSpans'], run };
