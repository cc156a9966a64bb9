// Studyforge iframe host (/embed/host.js): sizes each Studyforge iframe to its content and
// re-dispatches its quiz:* events on the iframe element. Messages count only when they come from one
// of those frames' windows.
const S = 'studyforge';
const frames = () => [...document.querySelectorAll('iframe[src*="/embed/"]')];
const hello = (f) => f.contentWindow && f.contentWindow.postMessage({ source: S, version: 1, type: 'hello' }, '*');
frames().forEach(hello);
document.addEventListener('load', (e) => e.target instanceof HTMLIFrameElement && frames().includes(e.target) && hello(e.target), true);
addEventListener('message', (e) => {
  const d = e.data;
  if (!e.source || !d || d.source !== S || d.version !== 1) return;
  // The window, and the origin of its src (other sites' /embed/ frames are not ours), or "null" when sandboxed.
  const frame = frames().find((f) => f.contentWindow === e.source && (e.origin === 'null' || e.origin === new URL(f.src, location.href).origin));
  if (!frame) return;
  if (d.type === 'resize' && typeof d.height === 'number' && d.height > 0 && d.height < 1e5) frame.height = String(Math.ceil(d.height));
  else if (d.type === 'event' && /^quiz:[a-z]+$/.test(d.name)) frame.dispatchEvent(new CustomEvent(d.name, { detail: d.detail }));
});
