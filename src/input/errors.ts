/** Why an input could not be read, as data: a stable code, the input, and a message a user can act on. */
export type InputErrorCode = 'not-found' | 'is-directory' | 'unreadable' | 'empty' | 'binary' | 'invalid-utf8' | 'too-large';

export interface InputError {
  code: InputErrorCode;
  input: string;
  message: string;
}

export type ReadResult = { ok: true; text: string } | { ok: false; error: InputError };

export const inputError = (code: InputErrorCode, input: string, message: string): ReadResult => ({
  ok: false,
  error: { code, input, message: `${input}: ${message}` },
});
