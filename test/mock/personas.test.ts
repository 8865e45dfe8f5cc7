// The demo personas fixture: the shipped one matches §5, a broken one stops the mock at start.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FixtureError, loadPersonas } from '../../src/mock/personas';
import { createMockBackend } from '../../src/mock/server';

const goodPersona = {
  accountId: 'acct_x',
  phone: '13800000009',
  description: 'test persona',
  plus: false,
  realNameVerified: false,
  credit: 'good',
  payLater: { enabled: false },
  orders: [],
};

function fixtureFile(content: unknown): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'personas-')), 'personas.json');
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

describe('the demo personas fixture', () => {
  test('ships the six personas of the demo table, phones 13800000001 to 13800000006', () => {
    expect(loadPersonas().map((p) => p.phone)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `1380000000${n}`));
  });

  test('a valid custom fixture is used instead of the shipped one', () => {
    const mock = createMockBackend({ otpCode: '123456', personasPath: fixtureFile([goodPersona]) });
    expect(mock.state.describePersonas().map((p) => p.phone)).toEqual(['13800000009']);
  });

  test.each([
    ['not JSON', '{ personas: '],
    ['not a list', { personas: [] }],
    ['an empty list', []],
    ['a malformed phone', [{ ...goodPersona, phone: '555' }]],
    ['an unknown credit level', [{ ...goodPersona, credit: 'excellent' }]],
    ['an unknown order status', [{ ...goodPersona, orders: [{ orderId: 'o1', title: 't', amount: 1, status: 'lost' }] }]],
    ['an overdue order due in the future', [{ ...goodPersona, orders: [{ orderId: 'o1', title: 't', amount: 1, status: 'overdue', dueInDays: 2 }] }]],
    ['pay-later enabled without PLUS', [{ ...goodPersona, payLater: { enabled: true, limit: 100 } }]],
    ['a duplicated phone', [goodPersona, { ...goodPersona, accountId: 'acct_y' }]],
    ['a misspelt field', [{ ...goodPersona, plsu: true }]],
  ])('a fixture with %s is refused with a FixtureError', (_what, content) => {
    expect(() => loadPersonas(fixtureFile(content))).toThrow(FixtureError);
  });

  test('the error names where the problem is', () => {
    expect(() => loadPersonas(fixtureFile([{ ...goodPersona, credit: 'excellent' }]))).toThrow(/0\.credit/);
  });

  test('the mock refuses to start with a broken fixture', () => {
    expect(() => createMockBackend({ otpCode: '123456', personasPath: fixtureFile([]) })).toThrow(FixtureError);
  });

  test('a missing fixture file is a FixtureError naming the file', () => {
    expect(() => loadPersonas('/nonexistent/personas.json')).toThrow(/nonexistent\/personas\.json/);
  });
});
