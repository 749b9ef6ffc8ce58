// The shapes of the data files under data/lexicon, checked once when they are loaded.
import { z } from 'zod';

const words = z.array(z.string().min(1)).default([]);

export const CountryExtraSchema = z.record(
  z.string().regex(/^[A-Z]{3}$/),
  z.object({ name: z.string().optional(), aliases: words, demonyms: words, capitals: words }),
);

export const OrganizationSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  aliases: words,
  kind: z.string().default('org'),
  country: z.string().regex(/^[A-Z]{3}$/).optional(),
});
export const OrganizationsSchema = z.array(OrganizationSchema);

export const PlaceSchema = z.object({
  name: z.string().min(1),
  aliases: words,
  type: z.enum(['GPE', 'LOC']),
  country: z.string().regex(/^[A-Z]{3}$/).optional(),
});
export const PlacesSchema = z.array(PlaceSchema);

export const TitleSchema = z.object({
  role: z.string().min(1),
  forms: z.array(z.string().min(1)).min(1),
  kind: z.string(),
  single: z.boolean().default(false),
  org: z.boolean().default(false),
  usual_country: z.string().regex(/^[A-Z]{3}$/).optional(),
});
export const TitlesFileSchema = z.object({
  titles: z.array(TitleSchema),
  status: z.object({ former: words, elect: words, acting: words, current: words }),
  deputy: words,
  rank: words,
});

export type Organization = z.infer<typeof OrganizationSchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type Title = z.infer<typeof TitleSchema>;
export type TitlesFile = z.infer<typeof TitlesFileSchema>;

export const NamesFileSchema = z.object({
  particles: words,
  org_heads: words,
  org_starts: words,
  not_names: words,
  honorifics: words,
  collectives: words,
  pronouns: z.object({ subject: words, object: words, possessive: words }),
});
export type NamesFile = z.infer<typeof NamesFileSchema>;
