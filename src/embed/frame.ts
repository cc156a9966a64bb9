/**
 * The script of an embed page (`/embed/<bank>/`): copies `?questions=&mode=&theme=` onto the
 * `<study-quiz>` element, and talks to `/embed/host.js` on the framing page. Until the host says
 * hello, events wait in a queue: a host script that loads after the frame then misses nothing,
 * and one that was already there gets each event once.
 */
import { FRAME_PARAMETERS, isHello, MESSAGE_SOURCE, MESSAGE_VERSION, type FrameMessage } from './protocol';

const QUIZ_EVENTS = ['quiz:ready', 'quiz:answered', 'quiz:hint', 'quiz:completed', 'quiz:progress', 'quiz:storage', 'quiz:error'];

const quiz = document.querySelector('study-quiz');
const parameters = new URLSearchParams(location.search);
for (const name of FRAME_PARAMETERS) {
  const value = parameters.get(name);
  if (value) quiz?.setAttribute(name, value);
}
// The page around the quiz follows the same theme (tokens.css reads data-theme).
const theme = parameters.get('theme');
if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;

const MAX_QUEUED = 100;
const framed = window.parent !== window;
let connected = false;
const queue: FrameMessage[] = [];

// The host's origin is unknown (any site may frame the quiz), so messages go to '*': they carry
// only the quiz's own events, nothing of the reader's beyond their answers' outcomes.
const post = (message: FrameMessage) => window.parent.postMessage(message, '*');

function send(message: FrameMessage): void {
  if (!framed) return;
  if (connected) post(message);
  // A page that never loads host.js never says hello: keep the first events only.
  else if (message.type === 'event' && queue.length < MAX_QUEUED) queue.push(message);
}

const content = document.querySelector('main') ?? document.body;
const height = () => Math.ceil(content.getBoundingClientRect().height);
const message = (fields: { type: 'resize'; height: number } | { type: 'event'; name: string; detail: unknown }) =>
  ({ source: MESSAGE_SOURCE, version: MESSAGE_VERSION, ...fields }) as FrameMessage;

new ResizeObserver(() => send(message({ type: 'resize', height: height() }))).observe(content);
for (const name of QUIZ_EVENTS) {
  quiz?.addEventListener(name, (event) => send(message({ type: 'event', name, detail: (event as CustomEvent).detail })));
}

window.addEventListener('message', (event) => {
  if (event.source !== window.parent || !isHello(event.data)) return;
  connected = true;
  post(message({ type: 'resize', height: height() }));
  for (const queued of queue.splice(0)) post(queued);
});
