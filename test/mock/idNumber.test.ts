// The GB 11643-1999 check character the stand-in real-name page relies on.
import { idCheckChar, isValidIdNumber } from '../../src/mock/idNumber';

describe('resident ID number checksum', () => {
  test.each(['11010519491231002X', '11010519491231002x', '440524188001010014', '110101199003074477'])(
    '%s is a valid ID number',
    (id) => expect(isValidIdNumber(id)).toBe(true),
  );

  test.each([
    ['110105194912310021', 'wrong check character'],
    ['11010519491231002', 'too short'],
    ['1101051949123100211', 'too long'],
    ['1101051949123100X2', 'X not in last place'],
    ['11010519491231002Y', 'letter other than X'],
    ['', 'empty'],
  ])('%s is refused (%s)', (id) => expect(isValidIdNumber(id)).toBe(false));

  test('a single changed digit is caught', () => {
    expect(isValidIdNumber('11010519491231003X')).toBe(false);
  });

  test('changing any one digit changes the check character (the standard example ends in X)', () => {
    // Only the first digit varies (weight 7, coprime with 11), so each gives a different remainder.
    const checks = new Set(Array.from({ length: 10 }, (_, d) => idCheckChar(`${d}1010519900307447`)));
    expect(checks.size).toBe(10);
    expect(idCheckChar('11010519491231002')).toBe('X');
  });

  test('asking for the check character of anything but 17 digits is a programming error', () => {
    expect(() => idCheckChar('123')).toThrow(RangeError);
  });
});
