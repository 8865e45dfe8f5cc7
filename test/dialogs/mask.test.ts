// Phone and ID numbers are masked the same way wherever they are shown or logged.
import { maskIdNumber, maskPhone } from '../../dialogs';

describe('masking', () => {
  it.each([
    ['13800000004', '138****0004'],
    ['+86 138 0000 0004', '138****0004'],
    ['138-0000-0004', '138****0004'],
    ['12345', '*****'],
    ['', ''],
  ])('maskPhone(%j) is %j', (input, masked) => {
    expect(maskPhone(input)).toBe(masked);
  });

  it.each([
    ['11010519491231002X', '110*************2X'],
    ['12345', '*****'],
    ['123456', '123*56'],
  ])('maskIdNumber(%j) is %j', (input, masked) => {
    expect(maskIdNumber(input)).toBe(masked);
  });
});
