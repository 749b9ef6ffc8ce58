// The document model: one immutable text and annotations that point into it by character offsets
// (JavaScript string indices, end exclusive) and, where useful, token indices.

/** A stretch of the article's text. */
export interface Span {
  start: number;
  end: number;
}

export interface Token extends Span {
  /** index in doc.tokens */
  i: number;
  text: string;
  lower: string;
  /** universal POS tag from the tokenizer (NOUN, PROPN, VERB, ADJ, ADP, DET, PRON, PUNCT, ...) */
  pos: string;
  /** index of the sentence holding the token */
  sent: number;
}

export interface Sentence extends Span {
  i: number;
  /** first token index, inclusive */
  tokenStart: number;
  /** last token index, exclusive */
  tokenEnd: number;
  /** paragraph number, counted from 0; the headline is paragraph 0 when there is one */
  paragraph: number;
  /** true for the headline's sentences */
  inTitle: boolean;
}

export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC';

/** Which component found a mention, so that every decision can be explained. */
export type MentionSource = 'gazetteer' | 'shape' | 'tagger' | 'title' | 'alias' | 'pronoun' | 'description';

/**
 * What the mention is: a proper name ("Faisal Mekdad"), a title standing for a person ("the Syrian
 * President"), a pronoun continuing a subject ("He"), or a description given before the name
 * ("a senior advisor to the Iranian Minister of Foreign Affairs").
 */
export type MentionKind = 'name' | 'title' | 'pronoun' | 'description' | 'demonym';

export interface Mention extends Span {
  id: number;
  tokenStart: number;
  tokenEnd: number;
  text: string;
  type: EntityType;
  kind: MentionKind;
  source: MentionSource;
  /** id of a knowledge-base record (country ISO3 code, organisation id) when the name is known */
  kbId?: string;
  /** id of the entity the mention is resolved to */
  entity?: string;
  /** where a title written before the name begins ("Syrian Foreign Minister | Faisal Mekdad") */
  titleStart?: number;
}

/** A span the learned tagger proposes (token indices, end exclusive). */
export interface NerProposal {
  tokenStart: number;
  tokenEnd: number;
  type: 'PER' | 'LOC' | 'ORG' | 'MISC';
}

/** A nationality adjective ("Iranian") linked to its country; not an entity of its own. */
export interface Demonym extends Span {
  tokenIndex: number;
  /** ISO 3166-1 alpha-3 code */
  country: string;
}

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  /** ISO3 code of the state the entity belongs to or acts for, or null */
  country: string | null;
  kbId?: string;
  /** ids of the mentions resolved to it, in reading order */
  mentions: number[];
  salience: number;
}

export type RoleStatus = 'current' | 'former' | 'elect' | 'acting';

export interface Role {
  /** entity id of the person */
  person: string;
  /** normalised role name: "foreign minister", "president", "deputy foreign minister" */
  role: string;
  /** entity id of the state or organisation, or null when the text does not say */
  of: string | null;
  status: RoleStatus;
  evidence: Span;
}

/** A role as the text states it, before references are resolved to entities. */
export interface RoleClaim {
  /** the mention of the person holding the role */
  person: number;
  role: string;
  /** the mention of the state or organisation, when the text names one */
  ofMention: number | null;
  /** the state, when only a nationality adjective or possessive gives it ("Syrian Foreign Minister") */
  ofCountry: string | null;
  /** a person whose office this one serves ("Guterres' spokesman"): the role's owner is that person's */
  ofPerson?: number;
  status: RoleStatus;
  /** office kind from the title lexicon (head-of-state, foreign, ...) */
  kind: string;
  /** the state such an office usually belongs to when news does not say (titles.yaml usual_country) */
  usualCountry?: string;
  evidence: Span;
}

export interface KeyFigure {
  entity: string;
  score: number;
  why: string;
}

export type PloverType =
  | 'AGREE' | 'CONSULT' | 'SUPPORT' | 'CONCEDE' | 'COOPERATE' | 'AID' | 'RETREAT' | 'REQUEST'
  | 'ACCUSE' | 'REJECT' | 'THREATEN' | 'PROTEST' | 'SANCTION' | 'MOBILIZE' | 'COERCE' | 'ASSAULT';

export interface DossierEvent {
  id: string;
  type: PloverType;
  mode: string | null;
  cameo: string;
  /** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict */
  quad: 1 | 2 | 3 | 4;
  intensity: number;
  source: string | null;
  target: string | null;
  /** ISO3 codes of the states the actors act for */
  source_country: string | null;
  target_country: string | null;
  /** YYYY-MM-DD or null */
  date: string | null;
  place: string | null;
  negated: boolean;
  hypothetical: boolean;
  reported_by: string | null;
  /** the trigger words */
  trigger: Span;
  evidence: Span;
  sentence: number;
}

export interface Inconsistency {
  kind: string;
  severity: 'info' | 'warning' | 'error';
  message: string;
  evidence: Span[];
}

export interface DateEstimate {
  from: string;
  to: string;
  reasons: string[];
}

/** The document every stage reads and annotates. */
export interface Doc {
  readonly text: string;
  title: string | null;
  /** where the headline sits in the text, when the first line is one */
  titleSpan: Span | null;
  /** article date, YYYY-MM-DD, or null */
  date: string | null;
  sentences: Sentence[];
  tokens: Token[];
  /** spans proposed by the learned tagger, read by the names stage */
  nerSpans: NerProposal[];
  mentions: Mention[];
  demonyms: Demonym[];
  entities: Entity[];
  roleClaims: RoleClaim[];
  roles: Role[];
  keyFigures: KeyFigure[];
  events: DossierEvent[];
  inconsistencies: Inconsistency[];
  dateEstimate: DateEstimate | null;
}
