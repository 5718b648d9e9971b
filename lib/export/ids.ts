// Stable annotation ids. A W3C annotation needs an IRI; ours must be the same every time the same
// claim of the same page is exported (so re-exports update rather than duplicate in a store that
// reads them) and must be computed synchronously in any JS runtime (no crypto.subtle, no node:crypto).
// The id is a UUIDv8 (RFC 9562's layout for custom hashes) over "url \n claim id": 128 bits from
// four 32-bit lanes of a multiplicative hash. Not a cryptographic hash: ids are names, not secrets.

function hash128(input: string): [number, number, number, number] {
  let h1 = 0x6a09e667;
  let h2 = 0xbb67ae85;
  let h3 = 0x3c6ef372;
  let h4 = 0xa54ff53a;
  for (let i = 0; i < input.length; i++) {
    const k = input.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

const hex8 = (n: number) => n.toString(16).padStart(8, '0');

/** `urn:uuid:xxxxxxxx-xxxx-8xxx-yxxx-xxxxxxxxxxxx` (version 8, RFC variant) for any string. */
export function uuidFor(input: string): string {
  const [a, b, c, d] = hash128(input);
  const bHex = hex8(b);
  const cHex = hex8(((c & 0x0fff3fff) | 0x80008000) >>> 0);
  return `urn:uuid:${hex8(a)}-${bHex.slice(0, 4)}-8${cHex.slice(1, 4)}-${cHex.slice(4, 8)}-${bHex.slice(4, 8)}${hex8(d)}`;
}

export function annotationId(url: string, claimId: string): string {
  return uuidFor(`${url}\n${claimId}`);
}
