// Every article of every input, in order, as one stream of ReadItems.
import { readFile } from './readers/index.js';
import { readStream } from './readers/stdin.js';
import { expandInputs } from './paths.js';
import { readError, type ReadItem } from './types.js';

/** Streams the articles of the PATH arguments; missing paths become `not_found` items. */
export async function* readInputs(args: string[], stdin: NodeJS.ReadableStream = process.stdin): AsyncGenerator<ReadItem> {
  for await (const input of expandInputs(args)) {
    if (input.kind === 'stdin') yield* readStream(stdin as never);
    else if (input.kind === 'missing') yield readError(input.path, 'not_found', 'no such file, folder or glob match');
    else yield* readFile(input.path);
  }
}
