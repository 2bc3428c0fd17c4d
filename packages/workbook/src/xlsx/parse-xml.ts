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
  const open = handlers.open;
  const close = handlers.close;
  const text = handlers.text;
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
    if (error instanceof ZipError) throw error;
    if (error instanceof XmlStop) throw error;
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ZipError({ code: 'corrupt', detail: `${name} is not well-formed XML: ${detail}` });
  }
}

/** Thrown by a handler to abandon a part on purpose (say, once what was needed is read). */
export class XmlStop extends Error {
  override readonly name = 'XmlStop';
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}
