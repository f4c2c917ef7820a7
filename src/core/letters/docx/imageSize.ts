/** Pixel size of an image, read from its header. */
export type ImageSize = { width: number; height: number };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const readU32 = (b: Uint8Array, at: number): number =>
  ((b[at] ?? 0) * 0x1000000 +
    ((b[at + 1] ?? 0) << 16) +
    ((b[at + 2] ?? 0) << 8) +
    (b[at + 3] ?? 0)) >>>
  0;
const readU16 = (b: Uint8Array, at: number): number => ((b[at] ?? 0) << 8) + (b[at + 1] ?? 0);

const readPngSize = (b: Uint8Array): ImageSize | null => {
  if (b.length < 24 || !PNG_SIGNATURE.every((v, i) => b[i] === v)) return null;
  // The IHDR chunk always comes first: width and height at bytes 16 and 20.
  return { width: readU32(b, 16), height: readU32(b, 20) };
};

const readJpegSize = (b: Uint8Array): ImageSize | null => {
  if (b[0] !== 0xff || b[1] !== 0xd8) return null;
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return null;
    const marker = b[at + 1] ?? 0;
    // SOF0–SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: readU16(b, at + 5), width: readU16(b, at + 7) };
    }
    at += 2 + readU16(b, at + 2);
  }
  return null;
};

/** Reads the pixel size of a PNG or JPEG; null when the bytes are neither. */
export const readImageSize = (bytes: Uint8Array): ImageSize | null =>
  readPngSize(bytes) ?? readJpegSize(bytes);

/** Fits an image inside a box (in any unit), keeping its proportions. */
export const fitInside = (size: ImageSize, maxWidth: number, maxHeight: number): ImageSize => {
  if (size.width <= 0 || size.height <= 0) return { width: maxWidth, height: maxHeight };
  const scale = Math.min(maxWidth / size.width, maxHeight / size.height);
  return { width: size.width * scale, height: size.height * scale };
};
