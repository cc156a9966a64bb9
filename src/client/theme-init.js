// Runs before first paint (a blocking script in <head>) so the page never flashes the wrong theme.
// Kept as a tiny external file: the Content-Security-Policy allows no inline script.
// A classic script cannot import lib/safe-storage.ts, so it guards localStorage with its own try/catch.
(function () {
  var root = document.documentElement;
  var choice = 'system';
  try {
    var stored = localStorage.getItem('studyforge:theme');
    if (stored === 'light' || stored === 'dark') choice = stored;
  } catch (e) {
    // Storage can be unavailable (privacy settings); the system theme is used.
  }
  var dark = choice === 'dark' || (choice === 'system' && matchMedia('(prefers-color-scheme: dark)').matches);
  root.dataset.theme = dark ? 'dark' : 'light';
  root.dataset.themeChoice = choice;
  root.classList.add('sf-js');
})();
