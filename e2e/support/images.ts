import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

const crc32 = (bytes: Buffer): number => {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

const chunk = (type: string, data: Buffer): Buffer => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

/**
 * A real RGB PNG for upload tests: a blue square and a grey bar (a plausible logo), or noise,
 * which does not compress, to make a file of a chosen size.
 */
export const makePng = (width: number, height: number, { noise = false } = {}): Buffer => {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type RGB
  const stride = width * 3 + 1;
  const raw = Buffer.alloc(stride * height);
  let seed = 7;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const o = y * stride + 1 + x * 3;
      if (noise) {
        for (let i = 0; i < 3; i += 1) {
          seed = (seed * 1103515245 + 12345) >>> 0;
          raw[o + i] = seed >>> 24;
        }
      } else {
        const square = x < height;
        const bar = !square && y > height / 3 && y < (2 * height) / 3 && x > height + 8;
        raw[o] = square ? 31 : bar ? 90 : 255;
        raw[o + 1] = square ? 78 : bar ? 100 : 255;
        raw[o + 2] = square ? 140 : bar ? 115 : 255;
      }
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: noise ? 0 : 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
};
