// The shape of an office file under data/kb/offices (or a user file given with --kb), checked once on load.
import { z } from 'zod';
import { isKbDate } from './dates.js';

const kbDate = z.string().refine(isKbDate, { message: 'expected a date YYYY-MM-DD, YYYY-MM or YYYY' });
// YAML reads an unquoted 2024-05-19 as a Date; take it back to the day it names.
const dateInput = z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'number' ? String(v) : v), kbDate);
const names = z.array(z.string().min(1)).default([]);

export const OfficeKinds = ['head-of-state', 'head-of-government', 'foreign', 'defense', 'leader', 'military', 'other'] as const;
export const EndReasons = ['died', 'killed', 'resigned', 'removed', 'term-ended'] as const;

export const HolderSchema = z.strictObject({
  name: z.string().min(1),
  aliases: names,
  start: dateInput,
  end: dateInput.nullable().default(null),
  end_reason: z.enum(EndReasons).optional(),
  acting: z.boolean().default(false),
  note: z.string().optional(),
});

export const OfficeSchema = z.strictObject({
  kind: z.enum(OfficeKinds),
  aliases: names,
  single_holder: z.boolean().default(true),
  note: z.string().optional(),
  holders: z.array(HolderSchema).default([]),
});

export const OfficeFileSchema = z.strictObject({
  // ISO 3166-1 alpha-3 ("IRN") or an organisation id ("UN", "HEZBOLLAH") as in data/lexicon/organizations.yaml
  country: z.string().regex(/^[A-Z][A-Z0-9_]{1,19}$/, 'expected an ISO alpha-3 code or an upper-case org id'),
  name: z.string().min(1).optional(),
  aliases: names,
  // the last month the file's facts were checked to; terms open (end null) are only known up to here
  checked_to: dateInput.optional(),
  offices: z.record(z.string().min(1), OfficeSchema),
});

export type HolderEntry = z.infer<typeof HolderSchema>;
export type OfficeEntry = z.infer<typeof OfficeSchema>;
export type OfficeFile = z.infer<typeof OfficeFileSchema>;
export type OfficeKind = (typeof OfficeKinds)[number];
export type EndReason = (typeof EndReasons)[number];

/** One term of one person in one office, with the office and country it belongs to. */
export interface Term {
  country: string;
  office: string;
  kind: OfficeKind;
  name: string;
  aliases: string[];
  start: string;
  end: string | null;
  end_reason?: EndReason;
  acting: boolean;
  note?: string;
  /** the file the term was read from */
  source: string;
}
