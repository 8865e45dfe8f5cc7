// The demo personas' orders as the understanding sees them, and a reading of words at a step with them at hand.
import { createNlu } from '../../src/nlu';
import { understandActivity, type Referents } from '../../src/bot/understanding';
import type { Account, Order } from '../../machines/domain';

const nlu = createNlu();

export const earbuds: Order = { orderId: 'JD5001', title: 'Wireless earbuds 无线耳机', amount: 299, status: 'delivered', dueDate: '2026-12-13' };
export const riceCooker: Order = { orderId: 'JD5002', title: 'Rice cooker 电饭煲', amount: 459.9, status: 'in_transit' };
export const shoes: Order = { orderId: 'JD5003', title: 'Running shoes 跑步鞋', amount: 529, status: 'paid' };
export const lamp: Order = { orderId: 'JD6001', title: 'Desk lamp 台灯', amount: 129, status: 'overdue', dueDate: '2026-01-01' };
/** 13800000005: earbuds to confirm and pay, a rice cooker on its way, shoes paid. */
export const persona5 = [earbuds, riceCooker, shoes];
/** 13800000006: an overdue lamp. */
export const persona6 = [lamp];

/** 13800000003 once the credit check refused it. */
export const poorCredit: Account = {
  accountId: 'acct_003',
  phoneMasked: '138****0003',
  plus: { active: true },
  realName: { verified: true },
  credit: { level: 'poor', eligible: false },
  payLater: { enabled: false },
};

/** 13800000004 at the terms: everything done but turning pay-later on. */
export const persona4: Account = {
  accountId: 'acct_004',
  phoneMasked: '138****0004',
  plus: { active: true },
  realName: { verified: true },
  credit: { level: 'good', eligible: true },
  payLater: { enabled: false },
};

/** 13800000005 after the status card: pay-later on, the orders known beside it. */
export const persona5Account: Account = {
  accountId: 'acct_005',
  phoneMasked: '138****0005',
  plus: { active: true },
  realName: { verified: true },
  credit: { level: 'good', eligible: true },
  payLater: { enabled: true, limit: 5000 },
};

/** 13800000006 after the status card: pay-later on, the overdue lamp beside it. */
export const persona6Account: Account = { ...persona5Account, accountId: 'acct_006', phoneMasked: '138****0006' };

export const LIST = 'flow.purchase.showingOrders';
export const REASON = 'flow.purchase.awaitingReturnReason';
export const CONFIRMING_RETURN = 'flow.purchase.confirmingReturn';
export const CONFIRMING_RECEIPT = 'flow.purchase.confirmingReceipt';

/** The event the words make at `statePath`, persona 5's orders at hand unless told otherwise. */
export const at = (statePath: string, text: string, referents: Referents = { orders: persona5 }) =>
  understandActivity(nlu, text, undefined, statePath, referents).event;
/** At the earbuds' return (or their payment): the order in question. */
export const returningEarbuds: Referents = { orders: persona5, orderId: 'JD5001' };
