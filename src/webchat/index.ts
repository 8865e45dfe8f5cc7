// Serves the customer chat page at `/` and its assets under `/webchat/…`, with Web Chat from the local npm package.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Request, Response, Server } from 'restify';
import { createAsset, sendAsset, type Asset } from './assets';
import { DIRECT_LINE_PATH } from '../directline';
import type { Locale } from '../../dialogs/locale';

export interface WebChatPageOptions {
  /** The shop's name in the header, per locale. */
  shopName?: Record<Locale, string>;
  defaultLocale?: Locale;
  /** Where the Direct Line routes are mounted on this server (registerDirectLine's default). */
  directLinePath?: string;
  /** How often the page polls for new activities; DirectLineJS refuses less than 200. */
  pollingIntervalMs?: number;
}

// Web Chat injects its styles at run time (emotion), hence 'unsafe-inline' for styles only; scripts are ours alone.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https:",
  "media-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The prebuilt browser bundle botframework-webchat ships (React included), so there is no build step of our own. */
export function webChatBundlePath(): string {
  const bundle = path.join(path.dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');
  if (!existsSync(bundle)) throw new Error(`botframework-webchat's browser bundle is missing at ${bundle}; run npm ci`);
  return bundle;
}

/** The page with its configuration as JSON; `<` is escaped so no value can close the script tag. */
function renderPage(config: Required<WebChatPageOptions>): Buffer {
  const template = readFileSync(path.join(__dirname, 'index.html'), 'utf8');
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  return Buffer.from(template.replace('__WEBCHAT_CONFIG__', () => json), 'utf8');
}

export function registerWebChatPage(server: Server, opts: WebChatPageOptions = {}): void {
  const config: Required<WebChatPageOptions> = {
    shopName: opts.shopName ?? { 'zh-CN': '京选商城', 'en-US': 'JingXuan Mall' },
    defaultLocale: opts.defaultLocale ?? 'zh-CN',
    directLinePath: opts.directLinePath ?? DIRECT_LINE_PATH,
    pollingIntervalMs: Math.max(200, opts.pollingIntervalMs ?? 500),
  };
  const own = (file: string) => readFileSync(path.join(__dirname, file));
  const page = createAsset(renderPage(config), 'text/html; charset=utf-8');
  // The only files this route can ever serve: the URL picks a key, never a path.
  const assets = new Map<string, Asset>([
    ['webchat.js', createAsset(readFileSync(webChatBundlePath()), 'text/javascript; charset=utf-8')],
    ['app.js', createAsset(own('app.js'), 'text/javascript; charset=utf-8')],
    ['styles.css', createAsset(own('styles.css'), 'text/css; charset=utf-8')],
    ['favicon.svg', createAsset(own('favicon.svg'), 'image/svg+xml')],
  ]);

  const serve = (send: (req: Request, res: Response) => Promise<void>) => (req: Request, res: Response, next: (err?: unknown) => void) => {
    send(req, res).then(() => next(), next);
  };

  server.get('/', serve((req, res) =>
    sendAsset(req, res, page, { 'content-security-policy': CONTENT_SECURITY_POLICY, 'referrer-policy': 'no-referrer' }),
  ));
  server.get('/webchat/:file', serve(async (req, res) => {
    const asset = assets.get(String(req.params.file));
    if (!asset) {
      res.send(404, { code: 'NotFound', message: 'no such file' });
      return;
    }
    await sendAsset(req, res, asset);
  }));
}

/** With an App ID the page could not talk to the bot: `/` says so instead of serving a chat that never answers. */
export function registerWebChatDisabled(server: Server): void {
  server.get('/', (_req: Request, res: Response, next: (err?: unknown) => void) => {
    res.send(503, {
      code: 'WebChatDisabled',
      message: 'the built-in web chat is for local development: with MicrosoftAppId set, use Azure Bot Service Web Chat',
    });
    next();
  });
}
