/**
 * UTF-8 through the platform's TextEncoder/TextDecoder (Node and every browser have them),
 * typed here so the package needs neither the DOM nor Node's type library.
 */
interface Decoder {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}
interface Encoder {
  encode(input: string): Uint8Array;
}
const platform = globalThis as unknown as {
  TextDecoder: new (label: string, options?: { fatal?: boolean }) => Decoder;
  TextEncoder: new () => Encoder;
};

/** A UTF-8 decoder; `fatal` makes invalid bytes throw instead of becoming U+FFFD. */
export function utf8Decoder(fatal: boolean): Decoder {
  return new platform.TextDecoder('utf-8', { fatal });
}

const encoder = new platform.TextEncoder();

/** The UTF-8 bytes of a string. */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}
