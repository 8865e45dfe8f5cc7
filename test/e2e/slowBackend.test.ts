// A backend slow but in time: a turn that makes several calls in a row (the code's check, the account, the orders)
// waits for each of them, so the customer is logged in instead of getting the generic error.
import { logIn, useE2e } from './harness';

// Each call 600 ms inside its wait: a loaded CI machine stalled a call past a 200 ms margin once.
const BACKEND_TIMEOUT_MS = 3000;
const h = useE2e({ backendTimeoutMs: BACKEND_TIMEOUT_MS });

// The turn used to wait BACKEND_TIMEOUT_MS + 2 s for all its calls together: three calls of 2.4 s (7.2 s) would not fit.
test('each call just under BACKEND_TIMEOUT_MS: the one-time code logs in and the orders asked for are listed', async () => {
  await h().say('我的订单');
  h().backend.delay(BACKEND_TIMEOUT_MS - 600);
  await logIn(h(), '13800000005');
  expect(await h().state()).toBe('flow.purchase.showingOrders');
  expect(h().buttonEvents).toContain('ORDER_PAY_CHOSEN');
}, 30_000);
