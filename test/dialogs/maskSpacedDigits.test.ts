// A phone number read out digit by digit ("1 3 9 1 2 3 4 5 6 7 8") reached the agent's view and the transcript whole; so
// would an ID number spelled so. Short spaced numbers stay as they are.
import { maskSensitive } from '../../src/bot/mask';

describe('maskSensitive: numbers typed digit by digit', () => {
  it.each([
    ['phone 1 3 9 1 2 3 4 5 6 7 8', 'phone 139****5678'],
    ['手机号 1 3 9 1 2 3 4 5 6 7 8 谢谢', '手机号 139****5678 谢谢'],
    ['+86 1 3 9 1 2 3 4 5 6 7 8', '139****5678'],
    ['1-3-9-1-2-3-4-5-6-7-8', '139****5678'],
    ['id 1 1 0 1 0 5 1 9 4 9 1 2 3 1 0 0 2 X', 'id 110*************2X'],
    // Ordinary numbers, spaced or not, are not phone numbers.
    ['共 1 3 件，第 2 4 6 页', '共 1 3 件，第 2 4 6 页'],
    ['1 2 3 4 5 6 7 8 9 1 0', '1 2 3 4 5 6 7 8 9 1 0'],
    ['1 3 9 1 2 3 4 5 6 7', '1 3 9 1 2 3 4 5 6 7'],
  ])('maskSensitive(%j) is %j', (input, masked) => {
    expect(maskSensitive(input)).toBe(masked);
  });
});
