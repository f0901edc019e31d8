// A zip of disclosures (a department's folder sent as one file): each file inside is read as if
// dropped on its own. The zip-bomb guard of the document readers applies to the whole zip before
// anything is inflated, and each file is inflated only when its turn to be read comes.

import { unzipSync, type UnzipFileInfo } from 'fflate';
import { checkInflatedSize } from '../../parsers/budgets';
import { readZipDirectory } from '../../parsers/shared/zip-directory';
import { sniffFormat } from '../../parsers/sniff';

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];

/** The parts an Office file (DOCX, XLSX) starts with: such a zip is a document, not a bundle. */
const OFFICE_PART = /^(\[Content_Types\]\.xml|_rels\/|docProps\/|word\/|xl\/|customXml\/)/;

/**
 * From a file's first bytes: true when it may be a zip of documents, so that it is worth loading
 * whole to look at its directory. Office files name an Office part first and are left alone, so
 * a DOCX is still loaded only when its turn to be read comes.
 */
export function mayBeZipBundle(head: Uint8Array): boolean {
  if (!ZIP_LOCAL_HEADER.every((byte, index) => head[index] === byte)) return false;
  if (head.length < 30) return true;
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const nameLength = view.getUint16(26, true);
  const firstName = new TextDecoder().decode(head.subarray(30, 30 + nameLength));
  return !OFFICE_PART.test(firstName);
}

/** A zip of documents, rather than a DOCX, an XLSX or no zip at all (by its entry names). */
export function isZipBundle(bytes: Uint8Array): boolean {
  return sniffFormat(bytes).kind === 'zip';
}

export interface BundledFile {
  /** Its name inside the zip, folders included (`2024/某局预算.pdf`). */
  path: string;
  /** The file name alone, as a dropped file would have it. */
  name: string;
  /** Declared inflated size. */
  size: number;
  /** The file's bytes, inflated now. */
  inflate(): Uint8Array;
}

/** Not documents: folders, macOS's resource forks, hidden files. */
const SKIPPED = /(^|\/)(__MACOSX\/|\.)|\/$/;

/**
 * A zip written on Chinese Windows names its files in GBK without saying so (no UTF-8 flag);
 * fflate then hands the name over byte for byte as Latin-1. Such a name is decoded again: as
 * UTF-8 when it is valid UTF-8, else as GBK.
 */
export function decodeZipName(name: string): string {
  if ([...name].some((char) => char.charCodeAt(0) > 0xff) || !/[\u0080-\u00ff]/.test(name)) return name;
  const bytes = Uint8Array.from(name, (char) => char.charCodeAt(0));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gbk').decode(bytes);
  }
}

/**
 * The files of a zip of documents, in the zip's order, without inflating any. Throws the readers'
 * Chinese `zip-bomb` ReadError when the sizes the zip declares are out of proportion.
 */
export function openZipBundle(bytes: Uint8Array): BundledFile[] {
  const listed: UnzipFileInfo[] = [];
  unzipSync(bytes, {
    filter: (file) => {
      listed.push(file);
      return false;
    },
  });
  // The readers' own guard, on the directory as they read it (sizes a zip could not hold are corruption).
  checkInflatedSize(readZipDirectory(bytes).entries);
  return listed
    .filter((file) => !SKIPPED.test(file.name))
    .map((file) => {
      const path = decodeZipName(file.name);
      return {
        path,
        name: path.slice(path.lastIndexOf('/') + 1),
        size: file.originalSize,
        // NOTE: fflate inflates into a buffer of the declared size, so a lying entry cannot grow past it.
        inflate: () => unzipSync(bytes, { filter: (other) => other.name === file.name })[file.name] ?? new Uint8Array(),
      };
    });
}
