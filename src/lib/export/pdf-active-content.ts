// The annotated PDF goes out under 明账's name, so nothing of the source that could act when it is
// opened goes with it: scripts (OpenAction, Names/JavaScript, AA triggers), Launch and other
// actions, links to anything but http(s) and mailto, embedded and attached files, XFA forms.
// What stays is what a reviewer needs: the pages, their text and drawings, outlines, web links.

import type { PDFDocument } from 'pdf-lib';
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFStream, PDFString, type PDFObject } from 'pdf-lib';

/** Keys whose value is active content wherever they appear. */
const ACTIVE_KEYS = [
  'OpenAction', // catalog: runs on opening
  'AA', // additional actions: on page open/close, field focus, keystroke…
  'JavaScript', // name tree of document scripts
  'JS',
  'EmbeddedFiles', // name tree of attached files
  'EF', // a file specification's embedded file streams
  'AF', // associated files (PDF/A-3), which name the attachments
  'XFA', // XML forms, which can script
  'RichMediaContent',
].map(PDFName.of);

/** Annotations that exist to play, run or carry something. */
const ACTIVE_ANNOTATIONS = new Set(['FileAttachment', 'RichMedia', 'Screen', 'Movie', 'Sound', '3D']);
/** The only actions kept: a jump within the document, and a link checked by `safeUri`. */
const KEPT_ACTIONS = new Set(['GoTo', 'URI']);
const SAFE_URI = /^(?:https?:|mailto:)/i;

const A = PDFName.of('A');
const NEXT = PDFName.of('Next');
const S = PDFName.of('S');
const URI = PDFName.of('URI');
const SUBTYPE = PDFName.of('Subtype');
const ANNOTS = PDFName.of('Annots');

export function stripActiveContent(doc: PDFDocument): void {
  const { context } = doc;
  const resolve = (value: PDFObject | undefined) => (value instanceof PDFRef ? context.lookup(value) : value);

  const isKeptAction = (value: PDFObject | undefined): boolean => {
    const action = resolve(value);
    if (!(action instanceof PDFDict)) return false;
    const type = action.get(S);
    if (!(type instanceof PDFName) || !KEPT_ACTIONS.has(type.decodeText())) return false;
    if (type.decodeText() !== 'URI') return true;
    const uri = action.get(URI);
    return (uri instanceof PDFString || uri instanceof PDFHexString) && SAFE_URI.test(uri.decodeText().trim());
  };

  const isActiveAnnotation = (value: PDFObject | undefined): boolean => {
    const annotation = resolve(value);
    const subtype = annotation instanceof PDFDict ? annotation.get(SUBTYPE) : undefined;
    return subtype instanceof PDFName && ACTIVE_ANNOTATIONS.has(subtype.decodeText());
  };

  const clean = (dict: PDFDict): void => {
    for (const key of ACTIVE_KEYS) dict.delete(key);
    // An action chain is dropped from its first unsafe link on.
    if (dict.has(A) && !isKeptAction(dict.get(A))) dict.delete(A);
    if (dict.has(NEXT)) dict.delete(NEXT);
    const annots = resolve(dict.get(ANNOTS));
    if (annots instanceof PDFArray) {
      for (let at = annots.size() - 1; at >= 0; at--) if (isActiveAnnotation(annots.get(at))) annots.remove(at);
    }
  };

  const visit = (value: PDFObject): void => {
    if (value instanceof PDFStream) visit(value.dict);
    else if (value instanceof PDFArray) value.asArray().forEach(visit);
    else if (value instanceof PDFDict) {
      clean(value);
      for (const entry of value.values()) visit(entry);
    }
  };
  for (const [, object] of context.enumerateIndirectObjects()) visit(object);
  dropUnreachable(doc);
}

/**
 * pdf-lib writes every object it holds, referenced or not: the script and file streams just cut
 * loose would still be in the saved bytes. Keep only what the trailer reaches.
 */
function dropUnreachable(doc: PDFDocument): void {
  const { context } = doc;
  const reached = new Set<string>();
  const pending: PDFObject[] = [context.trailerInfo.Root, context.trailerInfo.Info, context.trailerInfo.Encrypt].filter(
    (value): value is PDFObject => value !== undefined,
  );
  while (pending.length > 0) {
    const value = pending.pop()!;
    if (value instanceof PDFRef) {
      if (reached.has(value.tag)) continue;
      reached.add(value.tag);
      const target = context.lookup(value);
      if (target) pending.push(target);
    } else if (value instanceof PDFStream) pending.push(value.dict);
    else if (value instanceof PDFArray) pending.push(...value.asArray());
    else if (value instanceof PDFDict) pending.push(...value.values());
  }
  for (const [ref] of context.enumerateIndirectObjects()) if (!reached.has(ref.tag)) context.delete(ref);
}
