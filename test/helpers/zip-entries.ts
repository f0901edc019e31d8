// Edits to a zip's headers in place, for tests that need a zip spoiled in one known way.

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;

/** A copy of `zip` whose entry `name` declares compression `method` in both its local and central header. */
export function withCompressionMethod(zip: Uint8Array, name: string, method: number): Uint8Array {
  const bytes = new Uint8Array(zip);
  const view = new DataView(bytes.buffer);
  const encoded = new TextEncoder().encode(name);
  const named = (at: number) => encoded.every((byte, i) => bytes[at + i] === byte);
  let edited = 0;
  for (let at = 0; at + 46 < bytes.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === LOCAL_HEADER && view.getUint16(at + 26, true) === encoded.length && named(at + 30)) {
      view.setUint16(at + 8, method, true);
      edited++;
    }
    if (signature === CENTRAL_HEADER && view.getUint16(at + 28, true) === encoded.length && named(at + 46)) {
      view.setUint16(at + 10, method, true);
      edited++;
    }
  }
  if (edited !== 2) throw new Error(`withCompressionMethod: ${name} found in ${edited} headers, not 2`);
  return bytes;
}
