/**
 * Every IPC message is checked against its sender before the payload is even parsed: it must
 * come from the app's own top-level frame, served from the app:// origin (or the dev server
 * in development). Sub-frames (evidence previews) and any other origin are refused.
 */

/** The parts of Electron's WebFrameMain the guard reads; a structural type keeps it testable. */
export type SenderFrame = {
  url: string;
  parent: SenderFrame | null;
};

/** Whether an IPC message from `frame` may be handled. */
export const isTrustedSender = (
  frame: SenderFrame | null | undefined,
  trustedOrigins: readonly string[],
): boolean => {
  if (!frame) return false;
  if (frame.parent !== null) return false;
  let origin: string;
  try {
    const url = new URL(frame.url);
    origin = url.protocol === 'app:' ? `${url.protocol}//${url.host}` : url.origin;
  } catch {
    return false;
  }
  return trustedOrigins.includes(origin);
};
