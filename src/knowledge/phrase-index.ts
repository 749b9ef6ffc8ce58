// A trie over token keys, for finding the longest known phrase that starts at a token.
import { phraseKeys } from '../nlp/tokenizer.js';

interface Node<T> {
  next: Map<string, Node<T>>;
  values: T[];
}

export interface PhraseMatch<T> {
  /** token index after the match */
  end: number;
  values: T[];
}

export class PhraseIndex<T> {
  private root: Node<T> = { next: new Map(), values: [] };

  /** Adds a phrase as written ("Minister of Foreign Affairs"); the same phrase may carry several values. */
  add(phrase: string, value: T): void {
    const keys = phraseKeys(phrase);
    if (keys.length === 0) return;
    let node = this.root;
    for (const key of keys) {
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = { next: new Map(), values: [] }));
      node = child;
    }
    if (!node.values.includes(value)) node.values.push(value);
  }

  /** The longest phrase starting at token `start` of `keys` (token keys as nameKey gives them), or null. */
  longest(keys: readonly string[], start: number, limit = keys.length): PhraseMatch<T> | null {
    let node: Node<T> | undefined = this.root;
    let best: PhraseMatch<T> | null = null;
    for (let i = start; i < limit; i++) {
      node = node.next.get(keys[i]);
      if (!node) break;
      if (node.values.length) best = { end: i + 1, values: node.values };
    }
    return best;
  }
}
