// biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 cannot hold these characters, so they must be found to be escaped.
const SPECIAL = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Escapes text for XML character data and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(SPECIAL, (c) => {
    switch (c) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      default:
        // Characters XML 1.0 cannot hold: written as Excel writes them, _xHHHH_.
        return `_x${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}_`;
    }
  });
}
