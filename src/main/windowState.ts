/**
 * Remembers the window's size, position and maximised state between runs. The stored bounds
 * are only reused if they still fall on a connected display.
 */
import { z } from 'zod';

export type WindowState = {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
};

export type DisplayArea = { x: number; y: number; width: number; height: number };

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 820, maximized: false };
const MIN_WIDTH = 900;
const MIN_HEIGHT = 600;

const storedSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(MIN_WIDTH).max(20_000),
  height: z.number().int().min(MIN_HEIGHT).max(20_000),
  maximized: z.boolean(),
});

/** Parses stored JSON text; anything unreadable yields the default state. */
export const parseWindowState = (text: string | null): WindowState => {
  if (text === null) return DEFAULT_WINDOW_STATE;
  try {
    const parsed = storedSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : DEFAULT_WINDOW_STATE;
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
};

/** Drops the position when at least 100×100 px of the window is not on any display. */
export const fitToDisplays = (
  state: WindowState,
  displays: readonly DisplayArea[],
): WindowState => {
  if (state.x === undefined || state.y === undefined) return state;
  const { x, y, width } = state;
  const visible = displays.some(
    (d) =>
      x + Math.min(width, 100) > d.x &&
      x < d.x + d.width - 100 &&
      y >= d.y &&
      y < d.y + d.height - 100,
  );
  return visible ? state : { width: state.width, height: state.height, maximized: state.maximized };
};

export const WINDOW_MIN_SIZE = { width: MIN_WIDTH, height: MIN_HEIGHT };
