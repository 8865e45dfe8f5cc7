// Static assets held in memory and served by exact name (no filesystem paths from the URL), with ETag and gzip.
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import type { Request, Response } from 'restify';

const gzip = promisify(gzipCallback);

export interface Asset {
  body: Buffer;
  contentType: string;
  etag: string;
  /** Compressed on first request only: the Web Chat bundle is ~4 MB, ~1 MB gzipped. */
  gzipped(): Promise<Buffer>;
}

export function createAsset(body: Buffer, contentType: string): Asset {
  let compressed: Promise<Buffer> | undefined;
  return {
    body,
    contentType,
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
    gzipped: () => (compressed ??= gzip(body, { level: 6 })),
  };
}

/** Sends an asset; `no-cache` makes browsers revalidate (cheap, via ETag), so a new release is picked up at once. */
export async function sendAsset(req: Request, res: Response, asset: Asset, extraHeaders: Record<string, string> = {}): Promise<void> {
  const headers: Record<string, string> = {
    'content-type': asset.contentType,
    'cache-control': 'no-cache',
    etag: asset.etag,
    vary: 'accept-encoding',
    'x-content-type-options': 'nosniff',
    ...extraHeaders,
  };
  if (req.headers['if-none-match'] === asset.etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const body = acceptsGzip && asset.body.length > 1024 ? await asset.gzipped() : asset.body;
  if (body !== asset.body) headers['content-encoding'] = 'gzip';
  headers['content-length'] = String(body.length);
  res.writeHead(200, headers);
  res.end(body);
}
