import { SaxesParser } from 'saxes';
import { utf8Decoder } from '../text-codec.js';
import { type ZipArchive, ZipError } from '../zip/read-zip.js';

/** The events a part's reader listens to; tag names come without their namespace prefix. */
export interface XmlHandlers {
  open?(name: string, attributes: Readonly<Record<string, string>>, selfClosing: boolean): void;
  close?(name: string): void;
  text?(text: string): void;
}

/**
 * Streams one XML part of the archive through saxes (a conformant, non-validating parser: it
 * expands no external entities and no DTD, so neither XXE nor "billion laughs" applies),
 * inflating and decoding it chunk by chunk, so a large sheet is never held whole as text.
 *
 * @throws {ZipError} when the part is missing, corrupt, too large, not UTF-8 or not XML.
 */
export function parseXmlPart(archive: ZipArchive, name: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ position: false });
  // An error thrown by a handler (a bug, or a stop) is passed on as is, never taken for bad XML.
  let own: { error: unknown } | undefined;
  const guard =
    <A extends unknown[]>(fn: ((...args: A) => void) | undefined) =>
    (...args: A) => {
      try {
        fn?.(...args);
      } catch (error) {
        own = { error };
        throw error;
      }
    };
  const open = handlers.open === undefined ? undefined : guard(handlers.open);
  const close = handlers.close === undefined ? undefined : guard(handlers.close);
  const text = handlers.text === undefined ? undefined : guard(handlers.text);
  if (open !== undefined) {
    parser.on('opentag', (tag) =>
      open(localName(tag.name), tag.attributes as Record<string, string>, tag.isSelfClosing),
    );
  }
  if (close !== undefined || open !== undefined) {
    parser.on('closetag', (tag) => close?.(localName(tag.name)));
  }
  if (text !== undefined) {
    parser.on('text', text);
    parser.on('cdata', text);
  }
  const decoder = utf8Decoder(true);
  try {
    archive.read(name, (chunk) => {
      parser.write(decoder.decode(chunk, { stream: true }));
    });
    parser.write(decoder.decode());
    parser.close();
  } catch (error) {
    if (own !== undefined) throw own.error;
    if (error instanceof ZipError) throw error;
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ZipError({ code: 'corrupt', detail: `${name} is not well-formed XML: ${detail}` });
  }
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}
