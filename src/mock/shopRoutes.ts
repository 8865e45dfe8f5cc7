// The stand-in shop pages a customer opens from the chat: the home page, buy PLUS and real-name verification (each ending in a signed event to the bot).
import type { Request, Server } from 'restify';
import { z } from 'zod';
import type { Notify } from './events';
import { formBody, sendPage } from './http';
import { isValidIdNumber } from './idNumber';
import { accountNotFound, plusDone, plusForm, realNameDone, realNameForm, shopHome, type RealNameFormState } from './pages';
import type { MockState } from './state';

export interface ShopContext {
  state: MockState;
  notify: Notify;
}

const plusFormSchema = z.object({ accountId: z.string().min(1) });
// Name and ID number are checked by the handler, so a customer's typo gets the form back, not a JSON error.
const realNameFormSchema = z.object({ accountId: z.string().min(1), name: z.string(), idNumber: z.string() });

const MAX_NAME_LENGTH = 30;

/** What the customer must fix on the real-name form, if anything. */
function realNameError(name: string, idNumber: string): RealNameFormState['error'] {
  if (name === '' || name.length > MAX_NAME_LENGTH) {
    return { zh: '请填写姓名（最多 30 个字）。', en: 'Please enter your name (up to 30 characters).' };
  }
  if (!isValidIdNumber(idNumber)) {
    return { zh: '身份证号不正确，请检查后重新输入。', en: 'That ID number is not valid; please check it and try again.' };
  }
  return undefined;
}

export function registerShopRoutes(server: Server, { state, notify }: ShopContext): void {
  /** The account a page is opened for (`?account=`), when it exists. */
  function pageAccount(req: Request): string | undefined {
    const id: unknown = req.query?.account;
    return typeof id === 'string' && state.hasAccount(id) ? id : undefined;
  }

  // The shop's address itself (SHOP_URL): the checkout guide's "go shopping" button opens it.
  server.get('/', async (_req, res) => sendPage(res, shopHome()));

  server.get('/shop/plus', async (req, res) => {
    const accountId = pageAccount(req);
    if (!accountId) return sendPage(res, accountNotFound());
    const account = state.account(accountId);
    sendPage(res, account.plus.active ? plusDone() : plusForm(accountId, account.phoneMasked));
  });

  server.post('/shop/plus', async (req, res) => {
    const { accountId } = formBody(req, plusFormSchema);
    if (!state.hasAccount(accountId)) return sendPage(res, accountNotFound());
    state.activatePlus(accountId);
    // Sent again on a repeated submit too: the bot may have missed the first one, and it ignores duplicates.
    await notify('plus.activated', accountId);
    sendPage(res, plusDone());
  });

  server.get('/shop/real-name', async (req, res) => {
    const accountId = pageAccount(req);
    if (!accountId) return sendPage(res, accountNotFound());
    const account = state.account(accountId);
    sendPage(res, account.realName.verified ? realNameDone() : realNameForm(accountId, account.phoneMasked));
  });

  server.post('/shop/real-name', async (req, res) => {
    const form = formBody(req, realNameFormSchema);
    if (!state.hasAccount(form.accountId)) return sendPage(res, accountNotFound());
    const name = form.name.trim();
    const idNumber = form.idNumber.trim().toUpperCase();
    const error = realNameError(name, idNumber);
    if (error) {
      const { phoneMasked } = state.account(form.accountId);
      return sendPage(res, realNameForm(form.accountId, phoneMasked, { name, idNumber, error }));
    }
    state.verifyRealName(form.accountId);
    await notify('realName.verified', form.accountId);
    sendPage(res, realNameDone());
  });
}
