// The shapes of data/events/*.yaml, checked once when they are loaded.
import { z } from 'zod';

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;

const Quad = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
const Cameo = z.string().regex(/^\d{3,4}$/);
const Intensity = z.number().min(-10).max(10);

export const TypesFileSchema = z.record(z.enum(PLOVER_TYPES), z.object({
  quad: Quad,
  cameo: Cameo,
  intensity: Intensity,
  modes: z.record(z.string(), z.object({ cameo: Cameo, intensity: Intensity })).default({}),
}));
export type TypesFile = z.infer<typeof TypesFileSchema>;

export const FRAMES = ['svo', 'symmetric', 'recipient'] as const;
export type Frame = (typeof FRAMES)[number];

export const TriggerGroupSchema = z.object({
  type: z.enum(PLOVER_TYPES),
  mode: z.string().optional(),
  cameo: Cameo.optional(),
  quad: Quad.optional(),
  frame: z.enum(FRAMES).default('svo'),
  /** which argument must be found for the trigger to count */
  needs: z.enum(['source', 'target', 'any']).default('any'),
  verbs: z.array(z.string().min(1)).default([]),
  phrases: z.array(z.string().min(1)).default([]),
  nouns: z.array(z.string().min(1)).default([]),
});
export type TriggerGroup = z.infer<typeof TriggerGroupSchema>;
export const TriggersFileSchema = z.array(TriggerGroupSchema);

const words = z.array(z.string().min(1));
export const CuesFileSchema = z.object({
  negation: words,
  negating_determiners: words,
  modals: words,
  irrealis_verbs: words,
  negating_verbs: words,
  conditionals: words,
  irrealis_modifiers: words,
  speech_verbs: words,
  clause_openers: words,
  place_prepositions: words,
  target_prepositions: words,
  agent_prepositions: words,
  passive_auxiliaries: words,
  possessives: words,
  commentary_verbs: words,
  light_verbs: words,
  light_verb_fillers: words,
  realizing_verbs: words,
  anaphoric_pronouns: words,
  complement_verbs: words,
  time_nouns: words,
  diplomatic_staff: words,
  people_nouns: words,
  collective_org_nouns: words,
  collective_state_nouns: words,
  charge_nouns: words,
  blame_verbs: words,
  blame_words: words,
  praise_words: words,
  document_nouns: words,
  state_bodies: words,
  group_nouns: words,
  direct_object_verbs: words,
  compound_heads: words,
});
export type CuesFile = z.infer<typeof CuesFileSchema>;
