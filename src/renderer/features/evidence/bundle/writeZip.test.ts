import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createBlobPartsSink } from '../../../platform/streaming/byteSink';
import type { ByteSink } from '../../../platform/streaming/byteSink';
import { writeZip } from './writeZip';

const collect = () => {
  const chunks: Uint8Array[] = [];
  const sink: ByteSink = {
    write: async (c) => {
      chunks.push(c.slice());
    },
  };
  return { sink, bytes: () => new Uint8Array(Buffer.concat(chunks)), chunks };
};

const mtime = Date.UTC(2025, 2, 12, 10, 0, 0);

describe('writeZip', () => {
  it('writes entries that standard unzip extracts byte-for-byte, names with emoji included', async () => {
    const media = randomBytes(300_000);
    const text = 'Beschrijving: ruzie 😡\n'.repeat(1000);
    const out = collect();
    await writeZip(
      [
        { path: 'bestanden/foto 😡.jpg', blob: new Blob([media]), compress: false, mtime },
        { path: 'MANIFEST.txt', blob: new Blob([text]), compress: true, mtime },
      ],
      out.sink,
    );
    const dir = mkdtempSync(join(tmpdir(), 'zip-'));
    try {
      writeFileSync(join(dir, 'b.zip'), out.bytes());
      execFileSync('unzip', ['-q', 'b.zip', '-d', 'x'], { cwd: dir });
      expect(
        createHash('sha256')
          .update(readFileSync(join(dir, 'x/bestanden/foto 😡.jpg')))
          .digest('hex'),
      ).toBe(createHash('sha256').update(media).digest('hex'));
      expect(readFileSync(join(dir, 'x/MANIFEST.txt'), 'utf8')).toBe(text);
      // Text is deflated, media stored as is.
      const listing = execFileSync('zipinfo', ['b.zip'], { cwd: dir, encoding: 'utf8' });
      expect(listing).toMatch(/defN.*MANIFEST\.txt/);
      expect(listing).toMatch(/stor.*foto/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('streams: output arrives in many chunks, each written before the next is produced', async () => {
    const big = new Blob(Array.from({ length: 40 }, () => randomBytes(128 * 1024)));
    let inFlight = 0;
    let maxInFlight = 0;
    let writes = 0;
    const sink: ByteSink = {
      write: async () => {
        inFlight += 1;
        maxInFlight = Math.max(maxInFlight, inFlight);
        writes += 1;
        await new Promise((r) => setTimeout(r, 0));
        inFlight -= 1;
      },
    };
    const progress: number[] = [];
    await writeZip([{ path: 'a.bin', blob: big, compress: false, mtime }], sink, (n) =>
      progress.push(n),
    );
    expect(writes).toBeGreaterThanOrEqual(40);
    expect(maxInFlight).toBe(1);
    expect(progress.at(-1)).toBe(big.size);
  });

  it('round-trips through the Blob-parts sink used for browser downloads', async () => {
    const parts = createBlobPartsSink(1000);
    const content = randomBytes(10_000);
    await writeZip([{ path: 'x.bin', blob: new Blob([content]), compress: false, mtime }], parts);
    const zipped = new Uint8Array(await parts.toBlob('application/zip').arrayBuffer());
    expect(Buffer.from(unzipSync(zipped)['x.bin'] ?? new Uint8Array()).equals(content)).toBe(true);
  });

  it('rejects when the sink fails (e.g. the disk is full)', async () => {
    const sink: ByteSink = {
      write: async () => {
        throw new Error('ENOSPC');
      },
    };
    await expect(
      writeZip([{ path: 'a.txt', blob: new Blob(['abc']), compress: true, mtime }], sink),
    ).rejects.toThrow('ENOSPC');
  });

  it('writes a valid empty archive for an empty list', async () => {
    const out = collect();
    await writeZip([], out.sink);
    expect(unzipSync(out.bytes())).toEqual({});
  });
});
