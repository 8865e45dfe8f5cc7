// The two catalogs say the same things: the same ids, no empty text, the same placeholders.
import { catalogs, type MessageId } from '../../dialogs/messages';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogs', () => {
  const zh = catalogs['zh-CN'];
  const en = catalogs['en-US'];
  const ids = Object.keys(zh) as MessageId[];

  it('have identical ids', () => {
    expect(Object.keys(en).sort()).toEqual([...ids].sort());
  });

  it.each(ids)('%s is filled in both locales with the same placeholders', (id) => {
    expect(zh[id].trim()).not.toBe('');
    expect(en[id].trim()).not.toBe('');
    expect(placeholders(en[id])).toEqual(placeholders(zh[id]));
  });

  it('the Chinese catalog is Chinese and the English one has no Chinese sentences of its own', () => {
    expect(zh['faq.what_is']).toMatch(/[\u4e00-\u9fff]/);
    // English may quote the shop's Chinese labels (先用后付, 我的京东 > …) but explains them in English.
    expect(en['faq.what_is']).toMatch(/credit payment/i);
  });

  it('never asks for a password', () => {
    for (const id of ids) {
      expect(zh[id]).not.toMatch(/请.{0,6}密码/);
      expect(en[id]).not.toMatch(/(enter|send|type).{0,20}password/i);
    }
  });
});
