import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_STATE, fitToDisplays, parseWindowState } from './windowState';

const display = { x: 0, y: 0, width: 1920, height: 1080 };

describe('window state', () => {
  it.each([
    ['nothing stored', null],
    ['corrupt JSON', '{"width":'],
    ['a too small window', '{"width":10,"height":10,"maximized":false}'],
    ['wrong types', '{"width":"big","height":800,"maximized":false}'],
  ])('falls back to the default for %s', (_label, text) => {
    expect(parseWindowState(text)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('restores a stored position on a connected display', () => {
    const state = parseWindowState('{"x":100,"y":80,"width":1200,"height":800,"maximized":true}');
    expect(fitToDisplays(state, [display])).toEqual({
      x: 100,
      y: 80,
      width: 1200,
      height: 800,
      maximized: true,
    });
  });

  it('drops the position when the display it was on is gone', () => {
    const state = parseWindowState('{"x":2500,"y":80,"width":1200,"height":800,"maximized":false}');
    expect(fitToDisplays(state, [display])).toEqual({ width: 1200, height: 800, maximized: false });
  });
});
