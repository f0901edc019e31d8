// A linear pass over a Word part's markup before mammoth sees it. mammoth's XML parser (xmldom)
// does not stop at an error: on XML cut short it keeps re-reading and re-inserting what follows,
// in time that grows with the square of the length (a 15 KB DOCX took about two minutes). A part
// whose tags do not balance is refused here instead, in one pass; the same pass measures how
// deeply tables nest, which mammoth's recursive conversion cannot survive past a few hundred.

export interface XmlShape {
  /** Why the markup is not well-formed (technical, for `details`), or null. */
  problem: string | null;
  /** The deepest nesting of Word tables (`w:tbl`, whatever the prefix). */
  tableDepth: number;
}

/**
 * One piece of markup at the current position: a comment, CDATA, a processing instruction, a
 * doctype, or a tag (1: `/` of an end tag, 2: name, 3: `/` of an empty-element tag). Attribute
 * values may hold `>` but never `<`. Each alternative starts with its own character, so a
 * failed match costs at most the length of that piece.
 */
const MARKUP =
  /<(?:!--[\s\S]*?-->|!\[CDATA\[[\s\S]*?\]\]>|\?[\s\S]*?\?>|!DOCTYPE[^<>]*>|(\/?)([^\s/<>!?]+)(?:[^<>"']|"[^"<]*"|'[^'<]*')*?(\/?)>)/y;

const TABLE = /^(?:[^:]*:)?tbl$/;

export function readXmlShape(xml: string): XmlShape {
  const open: string[] = [];
  let tables = 0;
  let tableDepth = 0;
  let at = xml.indexOf('<');
  while (at >= 0) {
    MARKUP.lastIndex = at;
    const match = MARKUP.exec(xml);
    if (!match) return { problem: `unterminated or invalid markup at offset ${at}`, tableDepth };
    const [, closing, name, empty] = match;
    if (name !== undefined && closing) {
      const expected = open.pop();
      if (expected !== name) {
        return { problem: `</${name}> at offset ${at} does not close <${expected ?? '(nothing)'}>`, tableDepth };
      }
      if (TABLE.test(name)) tables--;
    } else if (name !== undefined && !empty) {
      open.push(name);
      if (TABLE.test(name)) tableDepth = Math.max(tableDepth, ++tables);
    }
    at = xml.indexOf('<', MARKUP.lastIndex);
  }
  if (open.length > 0) return { problem: `the text ends inside <${open.at(-1)}> (cut short)`, tableDepth };
  return { problem: null, tableDepth };
}
