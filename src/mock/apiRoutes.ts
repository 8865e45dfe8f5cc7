// The account API routes of PRODUCT.md §5, as the mock serves them: login, account, pay-later, orders, reset.
import type { Request, Server } from 'restify';
import {
  ERROR_CODES,
  accountSchema,
  notEligibleBodySchema,
  orderSchema,
  ordersResponseSchema,
  otpRequestSchema,
  payLaterRequestSchema,
  returnRequestSchema,
  serviceSessionRequestSchema,
  sessionRequestSchema,
  sessionSchema,
} from '../backend/schemas';
import { bearerMatches, bearerToken } from '../secret';
import { ApiError, jsonBody, sendJson } from './http';
import type { MockState, OrderAction } from './state';

export interface ApiContext {
  state: MockState;
  otpCode: string;
  /** The token service callers (the bot) present for /v1/service-sessions; the route refuses everyone when unset. */
  serviceToken?: string;
}

/** The account the bearer token belongs to, if it is the one in the path: 401 without a valid token, 403 for another's. */
function authorizedAccount(req: Request, state: MockState): string {
  const token = bearerToken(req.header('authorization'));
  const owner = token ? state.authenticate(token) : undefined;
  if (!owner) throw new ApiError(401, ERROR_CODES.unauthorized, 'a valid session token is required (Authorization: Bearer <token>)');
  // An unknown account id is also 403, so a token cannot be used to probe which accounts exist.
  if (req.params.accountId !== owner) throw new ApiError(403, ERROR_CODES.forbidden, 'this session cannot access that account');
  return owner;
}

export function registerApiRoutes(server: Server, { state, otpCode, serviceToken }: ApiContext): void {
  server.post('/v1/otp', async (req, res) => {
    jsonBody(req, otpRequestSchema);
    // The mock sends no SMS: the code is always the configured demo code.
    res.send(204);
  });

  server.post('/v1/sessions', async (req, res) => {
    const { phone, code } = jsonBody(req, sessionRequestSchema);
    if (code !== otpCode) throw new ApiError(401, ERROR_CODES.wrongCode, 'the one-time code is wrong');
    sendJson(res, 201, sessionSchema, state.login(phone));
  });

  server.post('/v1/service-sessions', async (req, res) => {
    if (!serviceToken || !bearerMatches(req.header('authorization'), serviceToken)) {
      throw new ApiError(401, ERROR_CODES.unauthorized, 'the service token is required (Authorization: Bearer <ACCOUNT_API_SERVICE_TOKEN>)');
    }
    const { accountId } = jsonBody(req, serviceSessionRequestSchema);
    const session = state.serviceLogin(accountId);
    if (!session) throw new ApiError(404, ERROR_CODES.unknownAccount, 'no such account');
    sendJson(res, 201, sessionSchema, session);
  });

  server.get('/v1/accounts/:accountId', async (req, res) => {
    sendJson(res, 200, accountSchema, state.account(authorizedAccount(req, state)));
  });

  server.post('/v1/accounts/:accountId/pay-later', async (req, res) => {
    const accountId = authorizedAccount(req, state);
    jsonBody(req, payLaterRequestSchema);
    const result = state.enablePayLater(accountId);
    if (!result.ok) {
      const body = { code: ERROR_CODES.notEligible, message: `a condition is missing: ${result.reason}`, reason: result.reason };
      sendJson(res, 409, notEligibleBodySchema, body);
      return;
    }
    sendJson(res, 200, accountSchema, result.account);
  });

  server.get('/v1/accounts/:accountId/orders', async (req, res) => {
    sendJson(res, 200, ordersResponseSchema, { orders: state.orders(authorizedAccount(req, state)) });
  });

  function moveOrder(accountId: string, orderId: string, action: OrderAction) {
    const result = state.moveOrder(accountId, orderId, action);
    if (result.ok) return result.order;
    if (result.error === 'order_not_found') throw new ApiError(404, ERROR_CODES.orderNotFound, 'no such order on this account');
    throw new ApiError(409, ERROR_CODES.invalidOrderState, 'the order is not in a state that allows this');
  }

  server.post('/v1/accounts/:accountId/orders/:orderId/confirm-receipt', async (req, res) => {
    sendJson(res, 200, orderSchema, moveOrder(authorizedAccount(req, state), req.params.orderId, 'confirmReceipt'));
  });

  server.post('/v1/accounts/:accountId/orders/:orderId/return', async (req, res) => {
    const accountId = authorizedAccount(req, state);
    // The reason is required as the shop would ask for it; the mock has nowhere to show it, so it is not kept.
    jsonBody(req, returnRequestSchema);
    sendJson(res, 200, orderSchema, moveOrder(accountId, req.params.orderId, 'requestReturn'));
  });

  server.post('/v1/_reset', async (_req, res) => {
    state.reset();
    res.send(204);
  });
}
