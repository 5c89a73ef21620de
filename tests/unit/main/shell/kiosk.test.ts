import { describe, expect, it } from 'vitest';
import { resolveKiosk } from '../../../../main/shell/kiosk';

describe('kiosk mode for the room’s screen', () => {
  it('is off unless asked for', () => {
    expect(resolveKiosk({}, ['/opt/Stillroom/stillroom'])).toBe(false);
    expect(resolveKiosk({ STILLROOM_KIOSK: '0' }, [])).toBe(false);
    expect(resolveKiosk({ STILLROOM_KIOSK: '' }, [])).toBe(false);
  });

  it.each(['1', 'true', 'YES', ' on '])('is on with STILLROOM_KIOSK=%s', (value) => {
    expect(resolveKiosk({ STILLROOM_KIOSK: value }, [])).toBe(true);
  });

  it('is on with --kiosk on the command line (a shortcut)', () => {
    expect(resolveKiosk({}, ['/opt/Stillroom/stillroom', '--kiosk'])).toBe(true);
  });

  it('refuses a value it cannot read rather than guessing', () => {
    expect(() => resolveKiosk({ STILLROOM_KIOSK: 'kiosk' }, [])).toThrow(/STILLROOM_KIOSK must be 1 or 0/);
  });
});
