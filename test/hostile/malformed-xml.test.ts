// A DOCX whose XML is cut short or whose tags do not balance is refused in one pass over the
// markup, before mammoth: its XML parser (xmldom) recovers from such XML in quadratic time
// (seed fixture 000 cut at 60 % kept it busy for minutes). Inputs are made from our generated fixture.

import { readFileSync } from 'node:fs';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ReadError } from '../../src/lib/model/read-error';
import { readXmlShape } from '../../src/parsers/docx/xml-shape';
import { readDocument } from '../../src/parsers/index';

const PARTS = unzipSync(readFileSync(new URL('../fixtures/docx/000-laishui-2021-budget.docx', import.meta.url)));
const DOCUMENT_XML = new TextDecoder().decode(PARTS['word/document.xml']);

function withDocumentXml(xml: string): Uint8Array {
  return zipSync({ ...PARTS, 'word/document.xml': new TextEncoder().encode(xml) });
}

async function refusal(bytes: Uint8Array): Promise<ReadError> {
  const error = await readDocument(bytes).then(
    () => null,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(ReadError);
  return error as ReadError;
}

describe('readXmlShape', () => {
  it('accepts the well-formed parts of a real Word file and measures table nesting', () => {
    expect(readXmlShape(DOCUMENT_XML)).toEqual({ problem: null, tableDepth: 1 });
    expect(readXmlShape('<?xml version="1.0"?><!-- x < y --><a b="1 > 0"><![CDATA[<not a tag>]]><c/></a>')).toEqual({
      problem: null,
      tableDepth: 0,
    });
    expect(readXmlShape('<w:tbl><w:tr><w:tc><w:tbl></w:tbl></w:tc></w:tr></w:tbl>').tableDepth).toBe(2);
  });

  it.each([
    ['cut inside a tag', '<a><b c="1'],
    ['cut between tags', '<a><b></b>'],
    ['an end tag that closes the wrong element', '<a><b></a></b>'],
    ['a stray <', '<a>1 < 2</a>'],
    ['an unterminated comment', '<a><!-- </a>'],
  ])('names %s', (_what, xml) => {
    expect(readXmlShape(xml).problem).toEqual(expect.any(String));
  });
});

describe('a DOCX whose XML is cut short', { timeout: 30_000 }, () => {
  it('is refused as corrupt, promptly, with the cause in details', async () => {
    const cut = withDocumentXml(DOCUMENT_XML.slice(0, Math.floor(DOCUMENT_XML.length * 0.6)));
    const error = await refusal(cut);
    expect(error.code).toBe('corrupt-file');
    expect(error.message).toContain('DOCX 文件已损坏');
    expect(error.details).toMatch(/^word\/document\.xml: /);
  });

  it('as is one whose end tags do not match', async () => {
    const at = DOCUMENT_XML.indexOf('</w:p>', DOCUMENT_XML.length / 2);
    const error = await refusal(withDocumentXml(`${DOCUMENT_XML.slice(0, at)}</w:q>${DOCUMENT_XML.slice(at + 6)}`));
    expect(error.code).toBe('corrupt-file');
    expect(error.details).toContain('</w:q>');
  });
});
