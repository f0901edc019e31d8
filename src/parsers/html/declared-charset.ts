// The charset an HTML page declares in a <meta> tag, read off its raw bytes before decoding.

/** Browsers look for the declaration in the first 1024 bytes; 2 KB allows for a long <head>. */
const SEARCH_LENGTH = 2048;

/** `<meta charset="gbk">` or `<meta http-equiv="Content-Type" content="…; charset=gb2312">` */
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;

export function findDeclaredCharset(bytes: Uint8Array): string | null {
  // Latin-1 maps every byte to one character, so ASCII markup reads the same in UTF-8 and GBK.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SEARCH_LENGTH));
  return META_CHARSET.exec(head)?.[1]?.toLowerCase() ?? null;
}
