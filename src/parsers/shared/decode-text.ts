// Text bytes → string. Chinese government files are UTF-8 or GB18030/GBK (a superset of GB2312).

const UTF8_BOM = [0xef, 0xbb, 0xbf];

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export function detectEncoding(bytes: Uint8Array, declared?: string | null): TextEncoding {
  if (UTF8_BOM.every((byte, i) => bytes[i] === byte)) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const label = declared?.trim().toLowerCase();
  if (label && /^(gb2312|gbk|gb18030|x-gbk|cp936)$/.test(label)) return 'gb18030';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    // NOTE: GB18030 decodes every byte sequence, so it is the fallback, never the first guess.
    return 'gb18030';
  }
}

export function decodeText(bytes: Uint8Array, declared?: string | null): string {
  const encoding = detectEncoding(bytes, declared);
  return new TextDecoder(encoding).decode(bytes);
}
