// On /me: the last "my day" at once, inert, until React's first commit replaces it (issue #14).
// Classic script (the CSP allows no inline one); format and reasons: src/client/features/creator/my-day-snapshot.ts.
(function () {
  try {
    var root = document.getElementById('root');
    if (!root || location.pathname !== '/me' || location.hash) return;
    var saved = JSON.parse(localStorage.getItem('plan-de-jeu.my-day-snapshot') || 'null');
    if (!saved || saved.v !== 1 || typeof saved.html !== 'string') return;
    var build = document.querySelector('meta[name="plan-de-jeu-build"]');
    if (saved.build !== (build ? build.getAttribute('content') : '')) return;
    var now = new Date();
    if (saved.date !== now.getFullYear() + '-' + (now.getMonth() + 1) + '-' + now.getDate()) return;
    var language = localStorage.getItem('plan-de-jeu.language');
    if (language !== 'fr' && language !== 'en')
      language = /^fr/i.test(navigator.language || '') ? 'fr' : 'en';
    if (saved.lang !== language) return;
    var view = JSON.parse(sessionStorage.getItem('plan-de-jeu.plan-view') || 'null');
    var chosen = view && view.state && typeof view.state.myDay === 'string' ? view.state.myDay : null;
    if (saved.chosen !== chosen) return;
    var theme = localStorage.getItem('plan-de-jeu.theme');
    if (theme === 'sun' || theme === 'dark') document.documentElement.setAttribute('data-theme', theme);
    document.documentElement.lang = language;
    root.innerHTML = '<div class="my-day-snapshot" inert style="display:contents">' + saved.html + '</div>';
  } catch {
    // No copy to show (storage disabled, a damaged copy): the app renders as usual.
  }
})();
