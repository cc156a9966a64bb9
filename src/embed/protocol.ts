/**
 * The messages between a Studyforge iframe (`/embed/<bank>/`) and `/embed/host.js` on the page
 * that frames it. Versioned, so a host script and a frame of different releases can tell.
 * host.js is a plain file (no build step reaches it), so it repeats these few names.
 */
export const MESSAGE_SOURCE = 'studyforge';
export const MESSAGE_VERSION = 1;

export type FrameMessage =
  | { source: typeof MESSAGE_SOURCE; version: typeof MESSAGE_VERSION; type: 'resize'; height: number }
  | { source: typeof MESSAGE_SOURCE; version: typeof MESSAGE_VERSION; type: 'event'; name: string; detail: unknown };

/** The host's handshake: "I am listening; send your height and what I missed". */
export function isHello(data: unknown): boolean {
  const message = data as { source?: unknown; version?: unknown; type?: unknown } | null;
  return typeof message === 'object' && message !== null && message.source === MESSAGE_SOURCE && message.version === MESSAGE_VERSION && message.type === 'hello';
}

/** The URL parameters of an embed page that become the element's attributes. */
export const FRAME_PARAMETERS = ['questions', 'mode', 'theme'] as const;
