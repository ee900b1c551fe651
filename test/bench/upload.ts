/**
 * `npm run bench:upload`: how long a visitor's 10 MB picture takes from the first byte sent to
 * the stored message's answer, over loopback, against the real server in its own process (a
 * file database, files under DATA_DIR). The picture is a real PNG of random pixels, so nothing
 * compresses it. Prints a short table, then one JSON line.
 */
import { rm } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import { attachmentMaxBytes, DEFAULT_ATTACHMENT_LIMITS } from '../../protocol/index.ts';
import { visitorUpload } from '../helpers/attachments.ts';
import { ServerProcess } from '../helpers/server-process.ts';
import { makeTempDir } from '../helpers/server.ts';
import { createSession } from '../helpers/visitor-client.ts';

const RUNS = 5;

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** An RGBA PNG of random pixels, just under `bytes` long (stored, not compressed: it is noise). */
export function noisePng(bytes: number): Buffer {
  const width = 1024;
  // Each row is a filter byte and the pixels; deflate's stored blocks add 5 bytes per 64 KiB.
  const height = Math.floor((bytes - 1024) / ((width * 4 + 1) * (1 + 5 / 65_535)));
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, no filter method, no interlace
  const rows = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) randomBytes(width * 4).copy(rows, y * (width * 4 + 1) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows, { level: 0 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export async function benchUpload(): Promise<string> {
  // As large as the default limit allows: 10 MB of 1,000,000 bytes.
  const picture = noisePng(attachmentMaxBytes(DEFAULT_ATTACHMENT_LIMITS));
  const server = await ServerProcess.start(await makeTempDir('kefu-upload-'), { database: {} });
  try {
    const { token } = await createSession(server.url, 'zh-CN');
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      const res = await visitorUpload(server.url, token, picture, { name: `photo-${i}.png` });
      if (res.status !== 201) throw new Error(`upload ${i}: ${res.status} ${await res.text()}`);
      await res.arrayBuffer();
      times.push(performance.now() - started);
    }
    const sorted = [...times].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    const mb = picture.length / 1_000_000;
    return [
      `| upload | size | runs (ms) | median ms | MB/s |`,
      `| --- | ---: | --- | ---: | ---: |`,
      `| visitor, PNG of random pixels | ${mb.toFixed(1)} MB | ${times.map((t) => t.toFixed(0)).join(', ')} | ${median.toFixed(0)} | ${(mb / (median / 1000)).toFixed(0)} |`,
      '',
      JSON.stringify({ bytes: picture.length, runs: RUNS, medianMs: Math.round(median) }),
    ].join('\n');
  } finally {
    await server.stop();
    await rm(server.dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(await benchUpload());
}
