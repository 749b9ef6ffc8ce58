// The model file: gzip of a small JSON header followed by, for each pass, the transition
// weights (float32) and the emission weights quantised to int8 or int16. Transitions are stored
// divided by the emission scale, so decoding can sum raw integers without rescaling.
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Weights } from './perceptron.js';
import { NUM_TAGS } from './tags.js';

const MAGIC = 'DNER1';

export interface ModelHeader {
  version: 1;
  bits: number;
  /** 8 or 16 */
  quantBits: number;
  /** sha256 of the frozen gazetteer the model was trained with */
  gazetteer: string;
  /** free-form facts about the training run, for the README and for debugging */
  training: Record<string, unknown>;
}

export interface Model {
  header: ModelHeader;
  /** [first pass, second pass]; a one-pass model has one entry */
  passes: Weights[];
}

function quantize(emit: ArrayLike<number>, quantBits: number): { data: Int8Array | Int16Array; scale: number } {
  const levels = quantBits === 8 ? 127 : 32767;
  let max = 0;
  for (let k = 0; k < emit.length; k++) max = Math.max(max, Math.abs(emit[k]));
  const scale = max / levels || 1;
  const data = quantBits === 8 ? new Int8Array(emit.length) : new Int16Array(emit.length);
  for (let k = 0; k < emit.length; k++) data[k] = Math.round(emit[k] / scale);
  return { data, scale };
}

/** Encode a model (weights are quantised here). */
export function encodeModel(header: ModelHeader, passes: Weights[]): Buffer {
  const parts: Buffer[] = [];
  const head = Buffer.from(JSON.stringify({ ...header, passes: passes.length }), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(head.length);
  parts.push(Buffer.from(MAGIC, 'latin1'), len, head);
  for (const w of passes) {
    const { data, scale } = quantize(w.emit, header.quantBits);
    const trans = Float32Array.from(w.trans, (x) => x / scale);
    parts.push(Buffer.from(trans.buffer), Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  }
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

/** Decode a model file's bytes; throws with a message naming what is wrong. */
export function decodeModel(bytes: Uint8Array): Model {
  const raw = gunzipSync(bytes);
  if (raw.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error('dossier ner: not a model file (bad magic)');
  const headLen = raw.readUInt32LE(MAGIC.length);
  let at = MAGIC.length + 4;
  const parsed = JSON.parse(raw.toString('utf8', at, at + headLen)) as ModelHeader & { passes: number };
  at += headLen;
  const { passes: count, ...header } = parsed;
  const transLen = (NUM_TAGS + 1) * NUM_TAGS;
  const emitLen = (1 << header.bits) * NUM_TAGS;
  const passes: Weights[] = [];
  for (let p = 0; p < count; p++) {
    // copy into fresh, aligned arrays: the gunzipped buffer may sit at any byte offset
    const trans = new Float32Array(raw.buffer.slice(raw.byteOffset + at, raw.byteOffset + at + transLen * 4));
    at += transLen * 4;
    const bytesPer = header.quantBits === 8 ? 1 : 2;
    const slice = raw.buffer.slice(raw.byteOffset + at, raw.byteOffset + at + emitLen * bytesPer);
    at += emitLen * bytesPer;
    const emit = bytesPer === 1 ? new Int8Array(slice) : new Int16Array(slice);
    passes.push({ bits: header.bits, emit, trans });
  }
  if (at !== raw.length) throw new Error(`dossier ner: model file has ${raw.length - at} unexpected trailing bytes`);
  return { header, passes };
}
