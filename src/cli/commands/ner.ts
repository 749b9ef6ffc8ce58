import { nerCommand } from '../../ner/command.js';

/** `dossier ner --conll FILE [--out PREDS.jsonl]` */
export const run = (args: string[]): Promise<number> => nerCommand(args);
